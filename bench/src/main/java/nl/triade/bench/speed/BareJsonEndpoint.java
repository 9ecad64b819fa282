package nl.triade.bench.speed;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ceiling of a read: a bare Javalin endpoint answering {@code GET /document} with a document-sized JSON held in
 * memory (the exact bytes Triade answered for the benchmark's document), nothing else in the request's way. Run in a
 * process of its own, so it shares neither heap nor JIT with Triade. Arguments: the port, the file of the JSON.
 */
public final class BareJsonEndpoint {
    private BareJsonEndpoint() {
    }

    public static void main(String[] args) throws Exception {
        byte[] document = Files.readAllBytes(Path.of(args[1]));
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/document", ctx -> ctx.contentType("application/json").result(document));
        }).start(Integer.parseInt(args[0]));
    }
}
