package nl.triade.registry.domain.document;

import java.time.Instant;
import java.util.List;

/**
 * A document as an export in another format (FHIR) shows it: the content of the revision or the
 * registered edition read, with the facts around it that such a reader expects and the content does
 * not hold, all read in one transaction under the caller's read rights. {@code edition} is null for
 * the document as it stands; {@code changedAt} is when what is shown last changed (the document's
 * last revision, or the edition's registration or later change of status). {@code authors} are the
 * names of the author organisations, in the content's order; {@code instruments} the instruments
 * that measure a standard and that the caller may see (empty for an instrument).
 */
public record ExportView(String id, DocumentStatus status, int version, int revision, DocumentContent content,
                         Instant changedAt, Edition edition, List<String> authors, List<LinkedInstrument> instruments) {

    public ExportView {
        authors = List.copyOf(authors);
        instruments = List.copyOf(instruments);
    }

    public DocumentKind kind() {
        return content.kind();
    }

    /** An instrument that measures the standard, by id and the title its reader sees. */
    public record LinkedInstrument(String id, String title) {
    }
}
