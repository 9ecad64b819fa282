package nl.triade.registry.http.consultation;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.consultation.ReportEntry;
import nl.triade.registry.domain.consultation.Speaker;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A consultation report as CSV that a Dutch spreadsheet opens as it is: {@code ;} between cells
 * (Dutch Excel reads {@code ,} as the decimal comma), a byte order mark so it reads the file as
 * UTF-8, quoting and line ends as RFC 4180 (Apache Commons CSV does the quoting). A cell that starts
 * like a formula ({@code = + - @}, a tab or a carriage return) gets a leading {@code '}, so a
 * hostile comment is shown as text and never run as a formula in the reader's spreadsheet.
 */
final class ReportCsv {
    static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String OUTSIDE = "outside";
    private static final CSVFormat DUTCH_SPREADSHEET = CSVFormat.RFC4180.builder()
            .setDelimiter(';').setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();
    static final List<String> COLUMNS = List.of("round", "edition", "comment", "thread", "replyTo", "revision", "sectionKey",
            "sectionTitle", "organisation", "organisationName", "organisationKind", "account", "accountName", "source", "body",
            "createdAt", "status", "disposition", "rationale", "answeredByOrganisation", "answeredByOrganisationName",
            "answeredByAccount", "answeredByAccountName", "answeredAt");

    private final CSVPrinter printer;

    private ReportCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the file on {@code out}: the byte order mark and the header line. */
    static ReportCsv start(Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(out, DUTCH_SPREADSHEET);
        printer.printRecord(COLUMNS);
        return new ReportCsv(printer);
    }

    void write(List<ReportEntry> entries) throws IOException {
        for (ReportEntry entry : entries) {
            printer.printRecord(cells(entry).stream().map(ReportCsv::defused).toList());
        }
    }

    void finish() throws IOException {
        printer.flush();
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

    /** The cell as a spreadsheet shows it as text: a leading {@code '} before whatever would start a formula. */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
