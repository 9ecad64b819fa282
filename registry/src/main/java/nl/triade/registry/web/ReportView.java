package nl.triade.registry.web;

import nl.triade.registry.domain.consultation.ReportPage;

/**
 * A page of an edition's consultation report (commentaarfase verslag) as a table, with where its
 * document's page, its CSV and its next page are.
 */
public record ReportView(String documentId, int version, ReportPage report, String nextUrl) {

    public String documentUrl() {
        return RegisterPages.PATH + "/" + documentId + "?edition=" + version;
    }

    /** The whole report as CSV for a spreadsheet; a link, so it cannot ask by {@code Accept}. */
    public String csvUrl() {
        return RegisterPages.PATH + "/" + documentId + "/editions/" + version + "/consultation-report.csv";
    }
}
