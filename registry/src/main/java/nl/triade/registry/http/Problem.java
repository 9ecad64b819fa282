package nl.triade.registry.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem body. {@code instance} is the request id that the log line for this request
 * carries, so a user's error report leads straight to the server-side context. On a {@code 429},
 * {@code bucket} names the limit reached and {@code retryAfter} repeats the header's seconds; on a
 * refusal by a fixed limit, {@code limit} is the value of the limit the request reached.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String rule,
                      String field, String currentEtag, List<FieldError> errors, String bucket, Long retryAfter,
                      Long limit) {
    static final String TYPE_PREFIX = "urn:triade:problem:";

    public Problem(String type, String title, int status, String detail, String instance, String rule,
                   String field, String currentEtag, List<FieldError> errors) {
        this(type, title, status, detail, instance, rule, field, currentEtag, errors, null, null, null);
    }

    /** One entry of {@code errors}: a field of the request and the rule it breaks. */
    public record FieldError(String field, String rule, String message) {
    }
}
