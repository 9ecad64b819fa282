package nl.triade.registry.http.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.ExportView;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.IndicatorType;
import nl.triade.registry.domain.document.Purpose;
import nl.triade.registry.http.fhir.Fhir.CodeableConcept;
import nl.triade.registry.http.fhir.Fhir.Coding;
import nl.triade.registry.http.fhir.Fhir.Expression;
import nl.triade.registry.http.fhir.Fhir.Extension;
import nl.triade.registry.http.fhir.Fhir.RelatedArtifact;
import nl.triade.registry.http.fhir.Measure.Group;
import nl.triade.registry.http.fhir.Measure.Population;

/**
 * An instrument as a Measure. Each indicator is a group whose populations are what its fields
 * define: with a numerator and a denominator it is a proportion (the denominator is both the initial
 * population and the denominator, the exclusions its denominator exclusion); with a numerator alone
 * a cohort (the numerator is the initial population); without a numerator, still being written, it
 * has no populations. R4 scores a whole Measure, and gives it one improvement notation: when the
 * indicators differ in either, each group carries its own in the extensions the CQF Measures guide
 * defines for them, which R4 measure tools read (R5 moved both into the group; its cross-version
 * extensions need definitions HAPI's R4 validator does not have).
 */
final class InstrumentAsMeasure {
    static final String GROUP_SCORING = "http://hl7.org/fhir/us/cqfmeasures/StructureDefinition/cqfm-scoring";
    static final String GROUP_IMPROVEMENT_NOTATION = "http://hl7.org/fhir/us/cqfmeasures/StructureDefinition/cqfm-improvementNotation";
    private static final String IMPROVEMENT = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    private static final String SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
    private static final String POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
    private static final String TYPE = "http://terminology.hl7.org/CodeSystem/measure-type";
    private static final CodeableConcept PROPORTION = CodeableConcept.of(SCORING, "proportion", "Proportion");
    private static final CodeableConcept COHORT = CodeableConcept.of(SCORING, "cohort", "Cohort");

    private InstrumentAsMeasure() {
    }

    static Measure of(ExportView view, Canonicals canonicals) {
        DocumentFields fields = view.content().fields();
        List<RelatedArtifact> related = new ArrayList<>(EvidenceArtifacts.of(view.content().evidence()));
        if (fields.standardId() != null) {
            related.add(new RelatedArtifact("derived-from", null, "The quality standard this instrument measures", null,
                    canonicals.url("PlanDefinition", fields.standardId())));
        }
        List<Indicator> indicators = view.content().indicators();
        CodeableConcept scoring = common(indicators, InstrumentAsMeasure::scoring, false);
        CodeableConcept improvement = common(indicators, InstrumentAsMeasure::improvementNotation, true);
        String indicatorSystem = canonicals.url("Measure", view.id()) + "/indicator";
        return new Measure(KnowledgeArtifact.of("Measure", view, canonicals, purpose(fields.purpose()), related), scoring,
                indicators.stream().map(Indicator::type).filter(type -> type != null).distinct().map(InstrumentAsMeasure::type).toList(),
                improvement, KnowledgeArtifact.blankToNull(fields.workInstruction()),
                indicators.stream().map(indicator -> group(indicator, indicatorSystem, scoring == null, improvement == null)).toList());
    }

    /**
     * What the indicators share, for the whole measure: the one value they give, when they give one
     * ({@code everyIndicator}: each of them must), else null and each group says its own.
     */
    private static CodeableConcept common(List<Indicator> indicators, Function<Indicator, Optional<CodeableConcept>> of,
                                          boolean everyIndicator) {
        Set<CodeableConcept> values = new LinkedHashSet<>();
        boolean someWithout = false;
        for (Indicator indicator : indicators) {
            Optional<CodeableConcept> value = of.apply(indicator);
            value.ifPresent(values::add);
            someWithout |= value.isEmpty();
        }
        return values.size() == 1 && !(everyIndicator && someWithout) ? values.iterator().next() : null;
    }

    private static Group group(Indicator indicator, String system, boolean ownScoring, boolean ownImprovement) {
        List<Extension> extension = new ArrayList<>();
        if (ownScoring) {
            scoring(indicator).ifPresent(scoring -> extension.add(new Extension(GROUP_SCORING, scoring)));
        }
        if (ownImprovement) {
            improvementNotation(indicator).ifPresent(notation -> extension.add(new Extension(GROUP_IMPROVEMENT_NOTATION, notation)));
        }
        return new Group(indicator.key(), extension,
                new CodeableConcept(List.of(new Coding(system, indicator.key(), indicator.title())), indicator.title()),
                description(indicator), populations(indicator));
    }

    private static Optional<CodeableConcept> scoring(Indicator indicator) {
        if (!present(indicator.numerator())) {
            return Optional.empty();
        }
        return Optional.of(present(indicator.denominator()) ? PROPORTION : COHORT);
    }

    private static Optional<CodeableConcept> improvementNotation(Indicator indicator) {
        if (indicator.improvementNotation() == null) {
            return Optional.empty();
        }
        return Optional.of(switch (indicator.improvementNotation()) {
            case INCREASE -> CodeableConcept.of(IMPROVEMENT, "increase", "Increased score indicates improvement");
            case DECREASE -> CodeableConcept.of(IMPROVEMENT, "decrease", "Decreased score indicates improvement");
        });
    }

    private static List<Population> populations(Indicator indicator) {
        List<Population> populations = new ArrayList<>();
        if (!present(indicator.numerator())) {
            return populations;
        }
        if (!present(indicator.denominator())) {
            populations.add(population("initial-population", "Initial Population", indicator.numerator()));
            return populations;
        }
        populations.add(population("initial-population", "Initial Population", indicator.denominator()));
        populations.add(population("denominator", "Denominator", indicator.denominator()));
        populations.add(population("numerator", "Numerator", indicator.numerator()));
        if (present(indicator.exclusions())) {
            populations.add(population("denominator-exclusion", "Denominator Exclusion", indicator.exclusions()));
        }
        return populations;
    }

    /** The text is the criterion itself: Triade's indicators are defined in words, not in a query language. */
    private static Population population(String code, String display, String text) {
        return new Population(CodeableConcept.of(POPULATION, code, display), new Expression("text/plain", text));
    }

    /** The title, then what R4 has no element for: unit, period, data source, and a cohort's exclusions. */
    private static String description(Indicator indicator) {
        StringBuilder text = new StringBuilder(indicator.title());
        detail(text, "Unit", indicator.unit());
        detail(text, "Period", indicator.period());
        detail(text, "Data source", indicator.dataSource());
        if (!present(indicator.denominator())) {
            detail(text, "Exclusions", indicator.exclusions());
        }
        return text.toString();
    }

    private static void detail(StringBuilder text, String label, String value) {
        if (present(value)) {
            text.append('\n').append(label).append(": ").append(value.strip());
        }
    }

    /** R4's measure types; a PREM is patient-reported too, and says in its text that it reports experience. */
    private static CodeableConcept type(IndicatorType type) {
        return switch (type) {
            case STRUCTURE -> CodeableConcept.of(TYPE, "structure", "Structure");
            case PROCESS -> CodeableConcept.of(TYPE, "process", "Process");
            case OUTCOME -> CodeableConcept.of(TYPE, "outcome", "Outcome");
            case PROM -> new CodeableConcept(List.of(new Coding(TYPE, "patient-reported-outcome", "Patient Reported Outcome")),
                    "PROM (patient-reported outcome measure)");
            case PREM -> new CodeableConcept(List.of(new Coding(TYPE, "patient-reported-outcome", "Patient Reported Outcome")),
                    "PREM (patient-reported experience measure)");
        };
    }

    private static String purpose(Purpose purpose) {
        if (purpose == null) {
            return null;
        }
        return switch (purpose) {
            case IMPROVEMENT -> "Quality improvement (kwaliteitsverbetering).";
            case PUBLIC_INFORMATION -> "Public information on the quality of care (transparantie).";
            case PURCHASING -> "Purchasing of care (zorginkoop).";
        };
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
