package nl.triade.registry.web.workspace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.triade.registry.domain.document.DocumentSummary;

/** The documents an organisation takes part in, one page of them, with the way to the next page (null: none). */
public record DocumentsView(List<DocumentSummary> documents, boolean paged, String next) {

    public DocumentsView {
        documents = List.copyOf(documents);
    }

    public String documentUrl(DocumentSummary document) {
        return WorkspacePages.PATH + "/" + document.id();
    }

    /** The next page's address, or null. */
    public String nextUrl() {
        return next == null ? null : WorkspacePages.PATH + "?cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** The first page's address when this is a later one, or null. */
    public String firstUrl() {
        return paged ? WorkspacePages.PATH : null;
    }
}
