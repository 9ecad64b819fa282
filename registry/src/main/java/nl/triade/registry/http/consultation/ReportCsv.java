package nl.triade.registry.http.consultation;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.consultation.ReportEntry;
import nl.triade.registry.domain.consultation.Speaker;
import nl.triade.registry.http.SpreadsheetCsv;

/**
 * A consultation report as CSV for a Dutch spreadsheet ({@link SpreadsheetCsv}): one line per
 * comment, the columns named like the JSON report's members.
 */
final class ReportCsv {
    private static final String OUTSIDE = "outside";
    static final List<String> COLUMNS = List.of("round", "edition", "comment", "thread", "replyTo", "revision", "sectionKey",
            "sectionTitle", "organisation", "organisationName", "organisationKind", "account", "accountName", "source", "body",
            "createdAt", "status", "disposition", "rationale", "answeredByOrganisation", "answeredByOrganisationName",
            "answeredByAccount", "answeredByAccountName", "answeredAt");

    private final SpreadsheetCsv csv;

    private ReportCsv(SpreadsheetCsv csv) {
        this.csv = csv;
    }

    /** Starts the answer as file {@code fileName}: its headers, the byte order mark and the header line. */
    static ReportCsv start(Context ctx, String fileName) throws IOException {
        return new ReportCsv(SpreadsheetCsv.start(ctx, fileName, COLUMNS));
    }

    void write(List<ReportEntry> entries) throws IOException {
        for (ReportEntry entry : entries) {
            csv.row(cells(entry));
        }
    }

    void finish() throws IOException {
        csv.finish();
    }

    private static List<String> cells(ReportEntry entry) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(entry.round() == null ? OUTSIDE : entry.round().toString());
        cells.add(text(entry.edition()));
        cells.add(entry.comment());
        cells.add(entry.thread());
        cells.add(entry.replyTo());
        cells.add(Integer.toString(entry.revision()));
        cells.add(entry.sectionKey());
        cells.add(entry.sectionTitle());
        speaker(cells, entry.commenter());
        cells.add(entry.source());
        cells.add(entry.body());
        cells.add(instant(entry.createdAt()));
        cells.add(WireNames.of(entry.status()));
        cells.add(entry.disposition() == null ? null : WireNames.of(entry.disposition()));
        cells.add(entry.rationale());
        Speaker answeredBy = entry.answeredBy();
        cells.add(answeredBy == null ? null : answeredBy.organisation());
        cells.add(answeredBy == null ? null : answeredBy.organisationName());
        cells.add(answeredBy == null ? null : answeredBy.account());
        cells.add(answeredBy == null ? null : answeredBy.accountName());
        cells.add(instant(entry.answeredAt()));
        return cells;
    }

    private static void speaker(List<String> cells, Speaker speaker) {
        cells.add(speaker.organisation());
        cells.add(speaker.organisationName());
        cells.add(speaker.organisationKind() == null ? null : WireNames.of(speaker.organisationKind()));
        cells.add(speaker.account());
        cells.add(speaker.accountName());
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
