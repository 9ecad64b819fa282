package nl.triade.registry.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Map;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.http.Requests;
import nl.triade.registry.web.session.SafeNext;
import nl.triade.registry.web.session.SignInRequired;
import nl.triade.registry.web.session.WebSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders pages: the precompiled templates (every {@code ${}} HTML-escaped), the headers every
 * page carries, and the error page in the page's language for whatever a page handler throws; a
 * page that needs a signed-in person sends the browser to sign in and back.
 */
public final class Pages {
    /** Scripts and styles only from this server's own files: no inline script, no event-handler attribute, no frame. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String HTML = "text/html; charset=utf-8";
    /** When the page's handler began: its time to the rendered page goes out as {@code Server-Timing} (bench/). */
    private static final String STARTED = "triade.page-started";
    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Assets assets;
    private final WebSessions sessions;

    /** A page's own work, given the frame it is rendered in. */
    @FunctionalInterface
    public interface PageHandler {
        void handle(Context ctx, PageFrame frame) throws Exception;
    }

    Pages(Assets assets, WebSessions sessions) {
        this.assets = assets;
        this.sessions = sessions;
    }

    /** A handler for {@code page}: its language chosen, its refusals and failures answered as error pages. */
    public Handler page(PageHandler page) {
        return ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            Language fallback = Languages.lenient(ctx);
            try {
                page.handle(ctx, frame(ctx, Languages.chosen(ctx)));
            } catch (SignInRequired needed) {
                ctx.redirect(SafeNext.signInReturningTo(needed.next()), HttpStatus.SEE_OTHER);
            } catch (RegistryException refusal) {
                error(ctx, fallback, refusal.accept(new RefusalPages(Requests.requestId(ctx))));
            } catch (Exception e) {
                LOG.error("page {} {} {} failed", Requests.requestId(ctx), ctx.method(), ctx.path(), e);
                error(ctx, fallback, ErrorView.forStatus(500, Requests.requestId(ctx)));
            }
        };
    }

    /** Renders {@code template} with {@code frame} and the page's own {@code view}, with status 200. */
    public void render(Context ctx, PageFrame frame, String template, Object view) {
        write(ctx, 200, template, Map.of("frame", frame, "view", view));
    }

    /** Renders {@code template} with {@code frame} and the page's own {@code view}, with {@code status} (a refused form: 401, 422). */
    public void render(Context ctx, PageFrame frame, int status, String template, Object view) {
        write(ctx, status, template, Map.of("frame", frame, "view", view));
    }

    /** Renders {@code template}, which needs nothing but the frame, with status 200. */
    public void render(Context ctx, PageFrame frame, String template) {
        write(ctx, 200, template, Map.of("frame", frame));
    }

    /** The error page for {@code error}, in {@code language}. */
    void error(Context ctx, Language language, ErrorView error) {
        write(ctx, error.status(), "error.jte", Map.of("frame", frame(ctx, language), "view", error));
    }

    private void write(Context ctx, int status, String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        templates.render(template, parameters, output);
        ctx.status(status);
        headers(ctx);
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            ctx.header("Server-Timing", String.format(Locale.ROOT, "page;dur=%.1f", (System.nanoTime() - started) / 1e6));
        }
        ctx.contentType(HTML).result(output.toString());
    }

    private PageFrame frame(Context ctx, Language language) {
        return new PageFrame(language, Texts.of(language), assets.stylesheetUrl(), assets.scriptUrl(),
                Languages.switchUrl(ctx, language.other()), sessions.current(ctx).orElse(null));
    }

    /** What every HTML answer carries; whether it may be cached is {@code http/SecurityHeaders}' call, by its credentials. */
    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Vary", "Cookie");
    }
}
