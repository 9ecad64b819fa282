package nl.triade.registry.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import nl.triade.registry.domain.Ids;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty answers some requests itself, before Javalin sees them: a request line or header it cannot
 * parse, headers over its limit, a URI with {@code %00}, invalid UTF-8 or an ambiguous path. This
 * handler makes those answers RFC 9457 problems like every other error (Jetty's own is an HTML page),
 * whatever the request's method or {@code Accept} header.
 */
final class ProtocolErrors extends ErrorHandler {
    /** Jetty's reason is passed on only when it is a short plain phrase ("Bad UTF-8 encoding"), never a class name. */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 ,:'=/%-]{1,80}");
    private final ObjectMapper json;

    ProtocolErrors(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
        setCacheControl(SecurityHeaders.NO_STORE);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String requestId = Ids.next("req");
        Problem problem = new Problem(Problem.TYPE_PREFIX + slug(code), title(code), code,
                detail(request, code, message), requestId, null, null, null, null);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemMapper.CONTENT_TYPE);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        response.getHeaders().put(SecurityHeaders.CONTENT_TYPE_OPTIONS, SecurityHeaders.NOSNIFF);
        response.write(true, ByteBuffer.wrap(json.writeValueAsBytes(problem)), callback);
    }

    private static String slug(int code) {
        return switch (code) {
            case 400 -> "invalid-request";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            default -> code >= 500 ? "internal" : "http-" + code;
        };
    }

    private static String title(int code) {
        return code == 400 ? "The request is invalid" : HttpStatus.getMessage(code);
    }

    private static String detail(Request request, int code, String message) {
        String reason = message != null && PLAIN_REASON.matcher(message).matches()
                && !message.equals(HttpStatus.getMessage(code)) ? " (" + message + ")" : "";
        return switch (code) {
            case 400 -> "the request line, a header or the URI is malformed, for example a %00, invalid UTF-8 "
                    + "or an ambiguous path" + reason;
            case 431 -> "the request headers exceed the limit of "
                    + request.getConnectionMetaData().getHttpConfiguration().getRequestHeaderSize() + " bytes";
            case 414 -> "the URI exceeds the limit of "
                    + request.getConnectionMetaData().getHttpConfiguration().getRequestHeaderSize() + " bytes";
            default -> code >= 500 ? "the server could not handle this request" : HttpStatus.getMessage(code) + reason;
        };
    }
}
