package nl.triade.registry.web;

import static io.javalin.apibuilder.ApiBuilder.get;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import nl.triade.registry.http.Frontend;
import nl.triade.registry.http.Requests;

/**
 * The web interface's URL tree, and its error pages for requests a browser makes outside the API:
 * an unknown page is a page that says so, in the visitor's language.
 */
public final class WebFront implements Frontend {
    private final Pages pages;
    private final Assets assets;

    private WebFront(Pages pages, Assets assets) {
        this.pages = pages;
        this.assets = assets;
    }

    /** The pages, on the domain services the API uses. */
    public static WebFront create() {
        Assets assets = Assets.load();
        return new WebFront(new Pages(assets), assets);
    }

    @Override
    public EndpointGroup routes() {
        return () -> {
            get("/", pages.page((ctx, frame) -> pages.render(ctx, frame, "home.jte")));
            get("/assets/{file}", assets::serve);
        };
    }

    @Override
    public boolean answeredError(Context ctx) {
        String contentType = ctx.res().getContentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            return true;
        }
        String accept = ctx.header("Accept");
        if (ctx.path().startsWith("/api/") || accept == null || !accept.contains("text/html")) {
            return false;
        }
        pages.error(ctx, Languages.lenient(ctx), ErrorView.forStatus(ctx.statusCode(), Requests.requestId(ctx)));
        return true;
    }
}
