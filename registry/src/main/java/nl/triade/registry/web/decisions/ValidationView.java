package nl.triade.registry.web.decisions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.validation.ValidationFinding;
import nl.triade.registry.domain.validation.ValidationReading;
import nl.triade.registry.domain.validation.ValidationReport;

/**
 * The validation report page: the newest report of a document with its findings grouped by the
 * validator (and the organisation it runs for) that found them, each finding with the place in the
 * document in words and a link where the place has a page, and whether the reader may run the
 * validators again.
 */
public record ValidationView(String id, String title, ValidationReport report, boolean outdated, boolean mayRun, String csrf,
                             boolean checked, List<Validator> validators) {
    /** Top-level parts of a document that the decisions texts name ({@code decisions.place.<part>}). */
    private static final Set<String> NAMED_PARTS = Set.of("title", "summary", "patientVersion", "maintenancePlan", "evidence",
            "indicators", "timelines", "participants", "sections", "financialImpact", "informationStandards", "instrumentIds",
            "standardId", "workInstruction", "purpose", "developedIn", "kwaliteitsraad");
    /** The validators whose work the decisions texts describe ({@code decisions.validator.<id>}). */
    private static final Set<String> DESCRIBED = Set.of("toetsingskader", "patient-perspective");

    public ValidationView {
        validators = List.copyOf(validators);
    }

    /** One validator instance's findings: the plugin, the organisation it runs for (null: the installation's own). */
    public record Validator(String plugin, String organisation, List<Line> findings) {
        public Validator {
            findings = List.copyOf(findings);
        }

        /** The key of the text that says what this validator checks, or null for one the texts do not know. */
        public String descriptionKey() {
            return DESCRIBED.contains(plugin) ? "decisions.validator." + plugin : null;
        }
    }

    /**
     * One finding in words: how heavily it weighs ({@code decisions.severity.<weight>}), where it is
     * (the text {@code placeKey} with {@code placeName}, a link {@code placeUrl} when that place has a
     * page, the raw {@code path} otherwise), what to do, and the rule's code.
     */
    public record Line(String weight, String placeKey, String placeName, String placeUrl, String path, String message, String rule) {
    }

    private record Instance(String plugin, String organisation) {
    }

    static ValidationView of(ValidationReading reading, String csrf, boolean checked) {
        String id = reading.document().id();
        DocumentContent content = reading.document().content();
        Map<Instance, List<Line>> grouped = new LinkedHashMap<>();
        if (reading.latest() != null) {
            for (ValidationFinding finding : reading.latest().findings()) {
                grouped.computeIfAbsent(new Instance(finding.validator(), finding.organisation()), key -> new ArrayList<>())
                        .add(line(id, content, finding));
            }
        }
        List<Validator> validators = grouped.entrySet().stream()
                .map(entry -> new Validator(entry.getKey().plugin(), entry.getKey().organisation(), entry.getValue())).toList();
        return new ValidationView(id, content.fields().title(), reading.latest(), reading.outdated(), reading.mayRun(), csrf, checked,
                validators);
    }

    public String documentUrl() {
        return "/documenten/" + DecisionPages.encode(id);
    }

    public String validationUrl() {
        return documentUrl() + "/validatie";
    }

    public String fingerprint() {
        return Fingerprint.grouped(report.contentHash());
    }

    public long blocking() {
        return report.findings().stream().filter(ValidationFinding::blocking).count();
    }

    public Instant checkedAt() {
        return report.createdAt();
    }

    private static Line line(String id, DocumentContent content, ValidationFinding finding) {
        String weight = finding.blocking() ? "blocking" : finding.advice() ? "advice" : WireNames.of(finding.severity());
        String path = finding.path();
        if (path == null || path.isBlank()) {
            return new Line(weight, "decisions.place.document", null, null, null, finding.message(), finding.rule());
        }
        String[] parts = path.split("[.\\[]", 3);
        String part = parts[0];
        if (part.equals("sections") && parts.length > 1) {
            for (Section section : content.sections()) {
                if (section.key().equals(parts[1])) {
                    return new Line(weight, "decisions.place.section", section.title(),
                            "/documenten/" + DecisionPages.encode(id) + "/secties/" + DecisionPages.encode(section.key()), path,
                            finding.message(), finding.rule());
                }
            }
        }
        if (part.equals("indicators") && parts.length > 1) {
            for (Indicator indicator : content.indicators()) {
                if (indicator.key().equals(parts[1])) {
                    return new Line(weight, "decisions.place.indicator", indicator.title(), null, path, finding.message(), finding.rule());
                }
            }
        }
        return new Line(weight, NAMED_PARTS.contains(part) ? "decisions.place." + part : "decisions.place.other", null, null, path,
                finding.message(), finding.rule());
    }
}
