package nl.triade.registry.http;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV answer that a Dutch spreadsheet opens as it is, streamed row by row: {@code ;} between cells
 * (Dutch Excel reads {@code ,} as the decimal comma), a byte order mark so it reads the file as
 * UTF-8, quoting and line ends as RFC 4180 (Apache Commons CSV does the quoting), and sent as an
 * attachment. A cell that starts like a formula ({@code = + - @}, a tab or a carriage return) gets
 * a leading {@code '}, so a hostile text is shown as text and never run as a formula in the reader's
 * spreadsheet. Every CSV export of the registry is written through this class.
 */
public final class SpreadsheetCsv {
    public static final String MEDIA_TYPE = "text/csv";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat DUTCH_SPREADSHEET = CSVFormat.RFC4180.builder()
            .setDelimiter(';').setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();
    private final Writer out;
    private final CSVPrinter printer;

    private SpreadsheetCsv(Writer out, CSVPrinter printer) {
        this.out = out;
        this.printer = printer;
    }

    /**
     * Starts the answer: its headers, naming the file {@code fileName} (its letters, digits,
     * {@code -}, {@code _} and {@code .} kept, anything else written as {@code _}), the byte order
     * mark and the line of {@code columns}.
     */
    public static SpreadsheetCsv start(Context ctx, String fileName, List<String> columns) throws IOException {
        ctx.contentType(MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9_.-]", "_") + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        out.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(out, DUTCH_SPREADSHEET);
        printer.printRecord(columns);
        return new SpreadsheetCsv(out, printer);
    }

    /** One line; a null cell is empty. */
    public void row(List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(SpreadsheetCsv::defused).toList());
    }

    public void finish() throws IOException {
        printer.flush();
        out.flush();
    }

    /** The cell as a spreadsheet shows it as text: a leading {@code '} before whatever would start a formula. */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
