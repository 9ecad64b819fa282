package nl.triade.registry.http.consultation;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.consultation.ConsultationRound;
import nl.triade.registry.domain.consultation.ReportEntry;
import nl.triade.registry.domain.consultation.ReportPage;
import nl.triade.registry.domain.consultation.RoundSummary;
import nl.triade.registry.domain.consultation.Speaker;

/**
 * A consultation report as a plain printable page: one table, a print stylesheet, no script. Every
 * text is escaped where it is written ({@link #escaped}), so a comment is shown as the text it is,
 * whatever it holds. Written by hand rather than by a template engine: the page is one table, and
 * this way it streams page by page of the report like the CSV.
 */
final class ReportHtml {
    static final String MEDIA_TYPE = "text/html; charset=utf-8";
    /** No script, no frames, no requests elsewhere; only the page's own style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; color: #111; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
            th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.text { white-space: pre-wrap; }
            tr.reply td.text:first-of-type { padding-left: 1.5em; }
            @media print {
              body { margin: 0; font-size: 9pt; }
              thead { display: table-header-group; }
              tr { page-break-inside: avoid; }
            }
            """;
    private static final List<String> HEADINGS = List.of("Round", "Section", "Revision", "Commenter", "Comment", "Made at",
            "Disposition", "Rationale", "Answered by", "Answered at");
    private final Writer out;

    private ReportHtml(Writer out) {
        this.out = out;
    }

    /** Starts the page on {@code out} with the heading of {@code first}: the report's document, title, rounds and whether names are shown. */
    static ReportHtml start(Writer out, String heading, ReportPage first) throws IOException {
        ReportHtml html = new ReportHtml(out);
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        out.write(escaped("Consultation report: " + heading));
        out.write("</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>");
        out.write(escaped("Consultation report: " + heading));
        out.write("</h1>\n<p>");
        out.write(escaped("Document " + first.documentId() + (first.title() == null ? "" : ", " + first.title()) + "."));
        out.write("</p>\n");
        html.rounds(first.rounds());
        if (!first.namesShown()) {
            out.write("<p>Commenters and answers are shown by organisation; account names are for the document's participants.</p>\n");
        }
        out.write("<table>\n<thead><tr>");
        for (String column : HEADINGS) {
            out.write("<th>" + escaped(column) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        return html;
    }

    private void rounds(List<RoundSummary> rounds) throws IOException {
        if (rounds.isEmpty()) {
            return;
        }
        out.write("<ul>\n");
        for (RoundSummary summary : rounds) {
            ConsultationRound round = summary.round();
            out.write("<li>" + escaped("Round " + round.number() + ": opened " + round.openedAt() + " on revision "
                    + round.openedOnRevision() + (round.ending() == null ? ", open" : ", " + WireNames.of(round.ending()) + " "
                    + round.closedAt()) + "; " + summary.comments() + " comment(s)"
                    + (summary.edition() == null ? "" : "; led to edition " + summary.edition())) + "</li>\n");
        }
        out.write("</ul>\n");
    }

    void write(List<ReportEntry> entries) throws IOException {
        for (ReportEntry entry : entries) {
            out.write(entry.replyTo() == null ? "<tr>" : "<tr class=\"reply\">");
            cell(entry.round() == null ? "outside" : entry.round().toString());
            cell(entry.sectionKey() == null ? "" : entry.sectionTitle() == null ? entry.sectionKey()
                    : entry.sectionTitle() + " (" + entry.sectionKey() + ")");
            cell(Integer.toString(entry.revision()));
            cell(speaker(entry.commenter(), entry.source()));
            out.write("<td class=\"text\">" + (entry.replyTo() == null ? "" : "&#8627; ") + escaped(entry.body()) + "</td>");
            cell(instant(entry.createdAt()));
            cell(entry.disposition() == null ? WireNames.of(entry.status()) : WireNames.of(entry.disposition()));
            out.write("<td class=\"text\">" + escaped(entry.rationale()) + "</td>");
            cell(entry.answeredBy() == null ? "" : speaker(entry.answeredBy(), null));
            cell(instant(entry.answeredAt()));
            out.write("</tr>\n");
        }
    }

    void finish() throws IOException {
        out.write("</tbody>\n</table>\n</body>\n</html>\n");
        out.flush();
    }

    private void cell(String text) throws IOException {
        out.write("<td>" + escaped(text) + "</td>");
    }

    private static String speaker(Speaker speaker, String source) {
        String organisation = speaker.organisationName() == null ? speaker.organisation()
                : speaker.organisationName() + " (" + speaker.organisation() + ", "
                + (speaker.organisationKind() == null ? "" : WireNames.of(speaker.organisationKind())) + ")";
        if (speaker.accountName() != null) {
            return speaker.accountName() + ", " + organisation;
        }
        return source != null && !source.equals("person") ? source + ", " + organisation : organisation;
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** {@code text} with every character that HTML gives a meaning to written as a character reference. */
    static String escaped(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }
}
