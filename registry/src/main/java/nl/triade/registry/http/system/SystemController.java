package nl.triade.registry.http.system;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import nl.triade.registry.http.ProblemMapper;

/** Liveness, readiness, the OpenAPI contract and the page that renders it, with that page's two files from swagger-ui. */
public final class SystemController {
    /** The files of swagger-ui's webjar that the docs page names, and nothing else of the class path. */
    private static final Map<String, String> SWAGGER_UI_TYPES = Map.of("swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,3}");
    private final BooleanSupplier databaseServes;
    private final byte[] spec;
    private final byte[] docsPage;

    public SystemController(BooleanSupplier databaseServes) {
        this.databaseServes = databaseServes;
        this.spec = resource("/api-spec/openapi.yaml");
        this.docsPage = resource("/web/docs.html");
    }

    public void health(Context ctx) {
        ctx.json(Map.of("status", "up"));
    }

    /** Readiness, unlike liveness, fails while the database cannot serve: a balancer should send requests elsewhere, not restart us. */
    public void ready(Context ctx) {
        if (databaseServes.getAsBoolean()) {
            ctx.json(Map.of("status", "ready"));
        } else {
            ProblemMapper.unavailable(ctx, "the database cannot serve now: no free connection, or no write lock, "
                    + "within the request wait");
        }
    }

    public void spec(Context ctx) {
        ctx.contentType("application/yaml").result(spec);
    }

    public void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(docsPage);
    }

    /**
     * Read from the class path at each request rather than held (the script is 1.7 MB, and the page is for developers),
     * and by this route rather than Javalin's webjar handler: that one mounts the whole jar as a file system at start,
     * a fifth of the start-up's own work. The version is in the name, so a browser may keep the file for a year.
     */
    public void swaggerUi(Context ctx) {
        String file = ctx.pathParam("file");
        String type = SWAGGER_UI_TYPES.get(file);
        InputStream content = type == null || !VERSION.matcher(ctx.pathParam("version")).matches() ? null
                : SystemController.class.getResourceAsStream("/META-INF/resources/webjars/swagger-ui/" + ctx.pathParam("version") + "/" + file);
        if (content == null) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", "public, max-age=31536000, immutable").contentType(type).result(content);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SystemController.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
