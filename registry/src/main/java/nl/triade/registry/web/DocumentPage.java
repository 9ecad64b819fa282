package nl.triade.registry.web;

import java.util.List;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.Edition;

/**
 * A registered document's public page: the edition shown (the one in force, or the one asked for),
 * its content as registered, and every edition of the document, oldest first.
 */
public record DocumentPage(String id, Edition shown, DocumentContent content, List<Edition> editions) {

    public DocumentPage {
        editions = List.copyOf(editions);
    }

    /** Where the API gives this edition as JSON. */
    public String jsonUrl(Edition edition) {
        return "/api/v1/documents/" + id + "/editions/" + edition.version();
    }

    /** Where the API gives this edition as a FHIR R4 resource. */
    public String fhirUrl(Edition edition) {
        return jsonUrl(edition) + "/fhir";
    }

    /** This page for another edition. */
    public String pageUrl(Edition edition) {
        return RegisterPages.PATH + "/" + id + "?edition=" + edition.version();
    }

    /** The comment-and-response table of an edition. */
    public String reportUrl(Edition edition) {
        return RegisterPages.PATH + "/" + id + "/editions/" + edition.version() + "/consultation-report";
    }
}
