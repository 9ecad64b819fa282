package nl.triade.registry.http.system;

import io.javalin.http.Context;
import java.util.function.Supplier;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.http.Requests;

/**
 * {@code GET /metrics}: every meter of this instance in Prometheus's text format, for administrators
 * only (a scraper holds an administrator's token): the figures describe the whole installation's
 * traffic and backlog, which no organisation's account has reason to see.
 */
public final class MetricsController {
    /** Prometheus's text exposition format, version 0.0.4, which every Prometheus reads. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final Supplier<String> scrape;

    public MetricsController(Supplier<String> scrape) {
        this.scrape = scrape;
    }

    public void scrape(Context ctx) {
        if (!Requests.caller(ctx).isAdministrator()) {
            throw new ForbiddenException("only administrators read the metrics");
        }
        ctx.contentType(CONTENT_TYPE).result(scrape.get());
    }
}
