package nl.triade.registry.http.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.document.DocumentLimits;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.domain.document.EvidenceType;
import nl.triade.registry.domain.document.ImprovementNotation;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.IndicatorType;
import nl.triade.registry.domain.document.MeasurementProperty;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.document.PropertyStudy;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.document.StudyResult;
import nl.triade.registry.http.InputCheck;

/** Bodies of the part resources, each checked against the limits in {@link DocumentLimits} (and the spec). */
final class PartInputs {
    static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    static final String KEY_RULE = "1 to 64 lower-case letters, digits or '-', not starting with '-'";

    private PartInputs() {
    }

    static void checkKey(String field, String key) {
        new InputCheck().pattern(field, key, KEY, KEY_RULE).check();
    }

    /** {@code PUT …/sections/{key}}. */
    record SectionInput(String title, String body) {
        Section validated(String key) {
            new InputCheck().pattern("key", key, KEY, KEY_RULE)
                    .required("title", title).maxLength("title", title, DocumentLimits.TITLE)
                    .required("body", body).maxLength("body", body, DocumentLimits.SECTION_BODY)
                    .check();
            return new Section(key, title.strip(), body);
        }
    }

    /** {@code PUT …/indicators/{key}}. */
    record IndicatorInput(String title, IndicatorType type, String numerator, String denominator, String exclusions,
                          String dataSource, String unit, String period, ImprovementNotation improvementNotation) {
        Indicator validated(String key) {
            new InputCheck().pattern("key", key, KEY, KEY_RULE)
                    .required("title", title).maxLength("title", title, DocumentLimits.TITLE)
                    .required("type", type)
                    .maxLength("numerator", numerator, DocumentLimits.INDICATOR_TEXT)
                    .maxLength("denominator", denominator, DocumentLimits.INDICATOR_TEXT)
                    .maxLength("exclusions", exclusions, DocumentLimits.INDICATOR_TEXT)
                    .maxLength("dataSource", dataSource, DocumentLimits.INDICATOR_TEXT)
                    .maxLength("unit", unit, DocumentLimits.INDICATOR_UNIT)
                    .maxLength("period", period, DocumentLimits.INDICATOR_PERIOD)
                    .check();
            return new Indicator(key, title.strip(), type, numerator, denominator, exclusions, dataSource, unit, period,
                    improvementNotation);
        }
    }

    /** {@code POST …/evidence}. */
    record EvidenceInput(EvidenceType type, String title, String summary, Integer respondents, LocalDate collectedOn,
                         String sectionKey, List<StudyInput> studies, String population, String reference) {
        Evidence validated() {
            InputCheck check = new InputCheck().required("type", type)
                    .required("title", title).maxLength("title", title, DocumentLimits.TITLE)
                    .maxLength("summary", summary, DocumentLimits.EVIDENCE_SUMMARY)
                    .min("respondents", respondents, 0)
                    .pattern("sectionKey", sectionKey, KEY, KEY_RULE)
                    .maxLength("population", population, DocumentLimits.EVIDENCE_POPULATION)
                    .maxLength("reference", reference, DocumentLimits.EVIDENCE_REFERENCE);
            List<StudyInput> items = studies == null ? List.of() : studies;
            if (items.size() > MeasurementProperty.values().length) {
                check.violation("studies", Rule.MAX_ITEMS, "at most one study per property: " + MeasurementProperty.values().length);
            }
            Set<MeasurementProperty> seen = EnumSet.noneOf(MeasurementProperty.class);
            for (int i = 0; i < items.size(); i++) {
                StudyInput study = items.get(i);
                String at = "studies[" + i + "]";
                if (study == null) {
                    check.violation(at, Rule.REQUIRED, at + " must be an object");
                    continue;
                }
                check.required(at + ".property", study.property()).required(at + ".result", study.result())
                        .maxLength(at + ".note", study.note(), DocumentLimits.STUDY_NOTE);
                if (study.property() != null && !seen.add(study.property())) {
                    check.violation(at + ".property", Rule.DUPLICATE, "property '" + WireNames.of(study.property())
                            + "' is named twice; one evidence item reports one result per property");
                }
            }
            check.check();
            return new Evidence(null, type, title.strip(), summary, respondents, collectedOn, sectionKey,
                    items.stream().map(study -> new PropertyStudy(study.property(), study.result(), blankAsNull(study.note()))).toList(),
                    blankAsNull(population), blankAsNull(reference));
        }
    }

    /** One element of {@code studies}: what the evidence found about one measurement property. */
    record StudyInput(MeasurementProperty property, StudyResult result, String note) {
    }

    /** An optional text left blank is no text: it is omitted, as it is from the content hash. */
    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@code PUT …/participants/{slug}}. */
    record ParticipantInput(ParticipantRole role, String motivation) {
        Participant validated(String organisation) {
            new InputCheck().required("role", role).maxLength("motivation", motivation, DocumentLimits.MOTIVATION).check();
            return new Participant(organisation, role, motivation);
        }
    }

    /** {@code PUT …/absences/{party}}. */
    record AbsenceInput(String motivation) {
        String validated() {
            new InputCheck().required("motivation", motivation).maxLength("motivation", motivation, DocumentLimits.MOTIVATION).check();
            return motivation;
        }
    }

    /** The {@code party} path segment of {@code …/absences/{party}}: one of the three care parties. */
    static OrganisationKind party(String wire) {
        for (OrganisationKind kind : List.of(OrganisationKind.PATIENT, OrganisationKind.PROVIDER, OrganisationKind.INSURER)) {
            if (WireNames.of(kind).equals(wire)) {
                return kind;
            }
        }
        throw new InvalidInputException("party", Rule.CARE_PARTY, "party must be patient, provider or insurer");
    }
}
