package nl.triade.registry.http.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionStatus;
import nl.triade.registry.domain.document.ExportView;
import nl.triade.registry.http.fhir.Fhir.CodeableConcept;
import nl.triade.registry.http.fhir.Fhir.Coding;
import nl.triade.registry.http.fhir.Fhir.ContactDetail;
import nl.triade.registry.http.fhir.Fhir.Identifier;
import nl.triade.registry.http.fhir.Fhir.Meta;
import nl.triade.registry.http.fhir.Fhir.Narrative;
import nl.triade.registry.http.fhir.Fhir.Period;
import nl.triade.registry.http.fhir.Fhir.RelatedArtifact;
import nl.triade.registry.http.fhir.Fhir.UsageContext;

/**
 * The elements a Measure and a PlanDefinition share as FHIR knowledge artifacts (the metadata of
 * R4's canonical resources), filled alike from a document or edition. A registered edition adds the
 * day the Register approved it and the period it is meant to be in use, up to its review date.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record KnowledgeArtifact(String id, Meta meta, Narrative text, String url, List<Identifier> identifier, String version,
                         String name, String title, String status, Instant date, String publisher, String description,
                         List<UsageContext> useContext, List<CodeableConcept> jurisdiction, String purpose,
                         LocalDate approvalDate, Period effectivePeriod, List<ContactDetail> author,
                         List<RelatedArtifact> relatedArtifact) {
    private static final Coding FOCUS = new Coding("http://terminology.hl7.org/CodeSystem/usage-context-type", "focus",
            "Clinical Focus");
    private static final CodeableConcept NETHERLANDS = CodeableConcept.of("urn:iso:std:iso:3166", "NL", null);
    private static final int MAX_NAME_LENGTH = 255;

    static KnowledgeArtifact of(String resourceType, ExportView view, Canonicals canonicals, String purpose,
                                List<RelatedArtifact> related) {
        DocumentFields fields = view.content().fields();
        Edition edition = view.edition();
        LocalDate registered = edition == null ? null : TimeSource.registerDate(edition.registeredAt());
        List<String> authors = view.authors();
        return new KnowledgeArtifact(Canonicals.resourceId(view.id()),
                new Meta(Integer.toString(view.revision()), view.changedAt()),
                new Narrative("generated", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + xhtml(fields.title()) + "</p></div>"),
                canonicals.url(resourceType, view.id()),
                List.of(new Identifier("official", canonicals.documentSystem(), view.id())),
                Integer.toString(view.version()), computableName(fields.title()), fields.title(), status(view), view.changedAt(),
                authors.isEmpty() ? null : String.join(", ", authors), blankToNull(fields.summary()),
                fields.condition() == null || fields.condition().isBlank() ? List.of()
                        : List.of(new UsageContext(FOCUS, CodeableConcept.text(fields.condition()))),
                List.of(NETHERLANDS), purpose, registered,
                edition == null ? null : new Period(registered, edition.reviewDue()),
                authors.stream().map(ContactDetail::new).toList(), related);
    }

    /**
     * Draft until registered; active while registered (an edition: while in force); retired once
     * withdrawn, or an edition superseded, withdrawn from the Register or past its review date.
     */
    static String status(ExportView view) {
        if (view.edition() != null) {
            return view.edition().status() == EditionStatus.IN_FORCE ? "active" : "retired";
        }
        return switch (view.status()) {
            case REGISTERED -> "active";
            case WITHDRAWN -> "retired";
            default -> "draft";
        };
    }

    /** A name for machines, as R4 asks ({@code [A-Z][A-Za-z0-9_]*}): the title's words, accents dropped, run together. */
    static String computableName(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder name = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name.insert(0, "Triade");
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name.toString();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String xhtml(String text) {
        return (text == null ? "" : text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
