package nl.triade.registry.web;

import java.util.List;

/**
 * An error page: its status, the kind of error (which names its heading and explanation in the
 * texts, {@code error.<kind>.heading} and {@code .text}), the fields a refused request got wrong,
 * and the request id to quote. Never a stack trace or an exception's text: those go to the log.
 */
public record ErrorView(int status, String kind, List<FieldError> fields, String requestId) {

    /** A field of the request and the rule it broke, by their wire names. */
    public record FieldError(String field, String rule) {
    }

    public ErrorView {
        fields = List.copyOf(fields);
    }

    /** An error without field errors, by its status alone (an unknown path, a wrong method). */
    static ErrorView forStatus(int status, String requestId) {
        String kind = switch (status) {
            case 400 -> "invalid";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method";
            case 413 -> "too-large";
            case 415 -> "invalid";
            default -> status >= 500 ? "internal" : "invalid";
        };
        return new ErrorView(status, kind, List.of(), requestId);
    }
}
