package nl.triade.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Asks for pages as a browser does ({@code Accept: text/html}), over real HTTP, and checks what
 * every page must be: HTML in UTF-8 under the Content Security Policy, with no inline script and
 * no event-handler attribute.
 */
public final class PageReader {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final List<String> headers;

    private PageReader(URI base, List<String> headers) {
        this.base = base;
        this.headers = List.copyOf(headers);
    }

    static PageReader at(URI base) {
        return new PageReader(base, List.of("Accept", ACCEPT));
    }

    /** The same browser sending one more header on every request (a cookie, a token). */
    PageReader with(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new PageReader(base, more);
    }

    HttpResponse<String> get(String path) {
        // appended, not resolved: a path such as "//host/x" must reach this server as it is
        URI uri = URI.create(base.toString().replaceFirst("/$", "") + path);
        HttpRequest request = HttpRequest.newBuilder(uri).headers(headers.toArray(String[]::new)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page with {@code status}, checked as every page is; its body. */
    String page(String path, int status) {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), () -> path + " answered " + response.body());
        assertIsAPage(response);
        return response.body();
    }

    public static void assertIsAPage(HttpResponse<String> response) {
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
        String body = response.body();
        assertTrue(body.startsWith("<!DOCTYPE html>"), body);
        assertFalse(INLINE_SCRIPT.matcher(body).find(), "an inline script in " + body);
        assertFalse(EVENT_HANDLER.matcher(body).find(), "an event-handler attribute in " + body);
        assertTrue(body.contains("<main id=\"main\""), "a main landmark the skip link leads to");
        assertTrue(body.contains("<title>"), "a title");
    }
}
