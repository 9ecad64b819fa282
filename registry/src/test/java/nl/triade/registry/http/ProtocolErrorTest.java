package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What Jetty refuses before Javalin sees it (a {@code %00}, invalid UTF-8, an unparseable request
 * line or header, oversized headers) is answered like every other error: an RFC 9457 problem, not
 * Jetty's HTML page. Raw requests go over a socket, since no well-behaved client sends them.
 */
class ProtocolErrorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();

    @Test
    void aNulOrInvalidUtf8InThePathIsAProblem() {
        for (String path : List.of("/api/v1/organisations/%00", "/api/v1/organisations/a%00b", "/api/v1/organisations/%C3%28",
                "/api/v1/organisations/%FF", "/api/v1/documents/%ED%A0%80")) {
            ApiResponse response = registry.admin().get(path);
            assertEquals(400, response.status(), path + " -> " + response.body());
            assertProblem(response.header("Content-Type"), response.body(), 400);
        }
    }

    @Test
    void oversizedHeadersAreAProblem() {
        ApiResponse response = registry.admin().get("/api/v1/me", "X-Padding", "x".repeat(20_000));
        assertEquals(431, response.status(), response.body());
        assertProblem(response.header("Content-Type"), response.body(), 431);
    }

    @Test
    void unparseableRequestsAreProblems() {
        List<String> requests = List.of(
                "GET /api/v1/organisations/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/organisations/% HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "PUT /api/v1/organisations/%C3%28 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n",
                "FOO BAR /api/v1/me HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n",
                "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Control: a\u0001b\r\n\r\n",
                "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\n\r\n",
                "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n");
        for (String request : requests) {
            RawResponse response = raw(request);
            assertTrue(response.status() >= 400 && response.status() < 500, abbreviate(request) + " -> " + response);
            assertProblem(response.header("content-type"), response.body(), response.status());
            assertEquals("nosniff", response.header("x-content-type-options"), response.toString());
        }
    }

    private static void assertProblem(String contentType, String body, int status) {
        assertTrue(contentType != null && contentType.startsWith("application/problem+json"), contentType + ": " + body);
        try {
            JsonNode problem = JSON.readTree(body);
            assertEquals(status, problem.get("status").asInt(), body);
            for (String member : List.of("type", "title", "detail", "instance")) {
                assertTrue(problem.hasNonNull(member), member + " missing: " + body);
            }
            assertTrue(problem.get("type").asText().startsWith("urn:triade:problem:"), body);
            assertFalse(body.contains("org.eclipse") || body.contains("Exception"), body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private record RawResponse(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private static RawResponse raw(String request) {
        try (Socket socket = new Socket("localhost", registry.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String response = new String(readUntilClosedOrComplete(socket.getInputStream()), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            return new RawResponse(Integer.parseInt(head.split(" ")[1]), head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the head, then as many body bytes as Content-Length says (the connection may stay open). */
    private static byte[] readUntilClosedOrComplete(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            String text = out.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                RawResponse head = new RawResponse(0, text.substring(0, end), "");
                String length = head.header("content-length");
                if (length != null && out.size() >= end + 4 + Integer.parseInt(length)) {
                    break;
                }
            }
        }
        return out.toByteArray();
    }

    private static String abbreviate(String request) {
        String line = request.split("\r\n")[0];
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
