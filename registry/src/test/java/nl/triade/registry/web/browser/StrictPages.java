package nl.triade.registry.web.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fixed pages served under the Content-Security-Policy the web interface promises (no script of
 * the page's own may run, styles may be inline), for testing the browser harness itself.
 */
final class StrictPages implements BeforeAllCallback, AfterAllCallback {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final Map<String, String> pages;
    private HttpServer server;

    StrictPages(Map<String, String> pages) {
        this.pages = pages;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "<!doctype html><title>Niet gevonden</title>" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }

    URI baseUri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }
}
