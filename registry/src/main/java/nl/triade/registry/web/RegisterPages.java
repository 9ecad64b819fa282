package nl.triade.registry.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.consultation.ConsultationReportService;
import nl.triade.registry.domain.consultation.ReportPage;
import nl.triade.registry.domain.consultation.ReportScope;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.DocumentSummary;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionService;
import nl.triade.registry.domain.document.EditionService.EditionContent;
import nl.triade.registry.domain.document.EditionStatus;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.document.QueryParams;

/**
 * The public register, readable without signing in: the registered documents (searchable, by kind
 * and condition, paged), a document's page by its editions, and each edition's comment-and-response
 * table. It reads through the API's services with the same caller, so it shows what the API shows.
 */
public final class RegisterPages {
    static final String PATH = "/register";
    private static final int LIST_PAGE = 20;
    private final Pages pages;
    private final DocumentService documents;
    private final EditionService editions;
    private final ConsultationReportService reports;

    RegisterPages(Pages pages, WebServices services) {
        this.pages = pages;
        this.documents = services.documents();
        this.editions = services.editions();
        this.reports = services.reports();
    }

    void list(Context ctx, PageFrame frame) {
        String q = filled(ctx.queryParam("q"));
        String condition = filled(ctx.queryParam("condition"));
        DocumentKind kind = QueryParams.enumValue(ctx, "kind", DocumentKind.class);
        DocumentQuery query = new DocumentQuery(kind, DocumentStatus.REGISTERED, condition, null, q, null, null, null, false);
        String cursor = filled(ctx.queryParam("cursor"));
        Page<DocumentSummary> found = documents.list(Requests.callerOrAnonymous(ctx), query, new PageRequest(LIST_PAGE, cursor));
        String search = PATH + "?" + query("q", q) + query("kind", kind == null ? null : ctx.queryParam("kind")) + query("condition", condition);
        String next = found.next() == null ? null : search + "cursor=" + encode(found.next());
        String first = cursor == null ? null : search;
        pages.render(ctx, frame, "register.jte", new RegisterList(q, kind, condition, found.items(), first, next));
    }

    void document(Context ctx, PageFrame frame) {
        Caller caller = Requests.callerOrAnonymous(ctx);
        String id = ctx.pathParam("id");
        List<Edition> all = editions.list(caller, id).stream().sorted(Comparator.comparingInt(Edition::version)).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("registered document", id);
        }
        String asked = ctx.queryParam("edition");
        int version = asked == null ? shownByDefault(all).version() : QueryParams.positive("edition", asked);
        EditionContent shown = editions.get(caller, id, version);
        pages.render(ctx, frame, "document.jte", new DocumentPage(id, shown.edition(), shown.snapshot().content(), all));
    }

    void report(Context ctx, PageFrame frame) {
        String id = ctx.pathParam("id");
        int version = QueryParams.positive("version", ctx.pathParam("version"));
        String cursor = filled(ctx.queryParam("cursor"));
        ReportPage report = reports.report(Requests.callerOrAnonymous(ctx), id, new ReportScope.EditionOf(version),
                new PageRequest(PageRequest.MAX_LIMIT, cursor));
        String next = report.next() == null ? null
                : PATH + "/" + id + "/editions/" + version + "/consultation-report?cursor=" + encode(report.next());
        pages.render(ctx, frame, "report.jte", new ReportView(id, version, report, next));
    }

    /** The edition in force; when none is (all superseded, withdrawn or expired), the latest. */
    private static Edition shownByDefault(List<Edition> editions) {
        return editions.stream().filter(edition -> edition.status() == EditionStatus.IN_FORCE).findFirst()
                .orElse(editions.get(editions.size() - 1));
    }

    private static String filled(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String query(String name, String value) {
        return value == null ? "" : name + "=" + encode(value) + "&";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
