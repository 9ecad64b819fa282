package nl.triade.registry.web;

import java.util.List;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentSummary;

/**
 * The register's list page: the search as asked ({@code q}, {@code kind}, {@code condition}; null
 * when not asked), one page of registered documents, and the addresses of the first page of the same
 * search (null on the first) and of the next page (null on the last).
 */
public record RegisterList(String q, DocumentKind kind, String condition, List<DocumentSummary> items, String firstUrl,
                           String nextUrl) {

    public RegisterList {
        items = List.copyOf(items);
    }

    /** The kinds a visitor may filter on, in the order of the choice. */
    public List<DocumentKind> kinds() {
        return List.of(DocumentKind.values());
    }
}
