package nl.triade.registry.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/**
 * One HTTP response as a test sees it, after {@link ApiClient} has checked it against the spec.
 *
 * <p>Why a record of plain values: tests assert on status, headers and body directly, and the
 * {@link #toString()} form (status plus body) makes a failed {@code assertEquals} self-explaining.
 *
 * @param status the status code
 * @param headers the response headers (names are case-insensitive)
 * @param body the body decoded as text; empty, never null, if there was none
 */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body parsed as JSON; fails the test if it is empty or not JSON. */
    public JsonNode json() {
        if (body == null || body.isEmpty()) {
            throw new AssertionError("Expected a JSON body but the response has none: " + this);
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Response body is not JSON (" + e.getOriginalMessage()
                    + "): " + this, e);
        }
    }

    /** The first value of the named header, or null if the response does not have it. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The {@code ETag} header, or null. */
    public String etag() {
        return header("ETag");
    }

    @Override
    public String toString() {
        return "HTTP " + status + (body == null || body.isEmpty() ? " (no body)" : " " + body);
    }
}
