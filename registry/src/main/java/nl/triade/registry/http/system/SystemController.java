package nl.triade.registry.http.system;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.triade.registry.http.ProblemMapper;

/** Liveness, readiness, the OpenAPI contract and the page that renders it. */
public final class SystemController {
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
