package nl.triade.registry.http.consultation;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.consultation.ConsultationReportService;
import nl.triade.registry.domain.consultation.ReportExport;
import nl.triade.registry.domain.consultation.ReportScope;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.consultation.ReportResponses.ReportResponse;
import nl.triade.registry.http.consultation.ReportResponses.RoundListResponse;
import nl.triade.registry.http.document.QueryParams;

/**
 * {@code /documents/{id}/consultation-rounds} and the reports: of a round, of the comments outside
 * rounds ({@code outside}) and of a registered edition. JSON is paged like every list; CSV and HTML
 * are the whole report, streamed a batch at a time ({@link ReportExport}: where each comment sits is
 * read once, each batch's texts in a short transaction of its own), so a large report costs one pass
 * and holds no database connection while it is sent.
 */
public final class ConsultationReportController {
    private static final String OUTSIDE = "outside";
    private final ConsultationReportService reports;

    public ConsultationReportController(ConsultationReportService reports) {
        this.reports = reports;
    }

    public void rounds(Context ctx) {
        ctx.json(RoundListResponse.of(reports.rounds(Requests.callerOrAnonymous(ctx), ctx.pathParam("id"))));
    }

    public void roundReport(Context ctx) {
        String round = ctx.pathParam("round");
        ReportScope scope = OUTSIDE.equals(round) ? new ReportScope.Outside() : new ReportScope.Round(roundNumber(round));
        answer(ctx, scope, OUTSIDE.equals(round) ? "outside consultation" : "round " + round,
                OUTSIDE.equals(round) ? OUTSIDE : "round-" + round, ReportFormat.negotiate(ctx));
    }

    public void editionReport(Context ctx) {
        int version = QueryParams.positive("version", ctx.pathParam("version"));
        answer(ctx, new ReportScope.EditionOf(version), "edition " + version, "edition-" + version, ReportFormat.negotiate(ctx));
    }

    /**
     * The edition's report as CSV whatever {@code Accept} says: for the web interface's download link,
     * since a link a person follows cannot choose its {@code Accept} header.
     */
    public void editionReportCsv(Context ctx) {
        int version = QueryParams.positive("version", ctx.pathParam("version"));
        answer(ctx, new ReportScope.EditionOf(version), "edition " + version, "edition-" + version, ReportFormat.CSV);
    }

    private void answer(Context ctx, ReportScope scope, String heading, String fileSuffix, ReportFormat format) {
        Caller caller = Requests.callerOrAnonymous(ctx);
        String id = ctx.pathParam("id");
        if (format == ReportFormat.JSON) {
            ctx.json(ReportResponse.of(reports.report(caller, id, scope, Requests.page(ctx))));
            return;
        }
        ReportExport export = reports.export(caller, id, scope);
        try {
            if (format == ReportFormat.CSV) {
                sendCsv(ReportCsv.start(ctx, "consultation-report-" + id + "-" + fileSuffix + ".csv"), export);
            } else {
                ctx.contentType(ReportHtml.MEDIA_TYPE).header("Content-Security-Policy", ReportHtml.CONTENT_SECURITY_POLICY);
                sendHtml(ReportHtml.start(writer(ctx), heading, export.heading()), export);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be sent", e);
        }
    }

    private static void sendCsv(ReportCsv csv, ReportExport export) throws IOException {
        while (export.hasNext()) {
            csv.write(export.next());
        }
        csv.finish();
    }

    private static void sendHtml(ReportHtml html, ReportExport export) throws IOException {
        while (export.hasNext()) {
            html.write(export.next());
        }
        html.finish();
    }

    private static Writer writer(Context ctx) {
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    }

    private static int roundNumber(String round) {
        try {
            int number = Integer.parseInt(round);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("round", Rule.TYPE, "round must be a round number (1 or more) or 'outside'");
    }
}
