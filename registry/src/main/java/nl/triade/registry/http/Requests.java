package nl.triade.registry.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;

/**
 * Reading requests strictly: JSON bodies into request records with every Jackson failure turned
 * into a 400 that names the field, paging parameters with their bounds, and the caller.
 */
public final class Requests {
    static final long MAX_BODY_BYTES = 1_048_576;
    private static final Set<String> JSON_TYPES = Set.of("application/json");

    private Requests() {
    }

    /** The body as {@code type}; requires a JSON content type. */
    public static <T> T body(Context ctx, ObjectMapper json, Class<T> type) {
        requireContentType(ctx, JSON_TYPES);
        return parse(ctx, json, type);
    }

    /** The body as a JSON tree, accepting any of {@code mediaTypes} (e.g. merge-patch). */
    public static JsonNode tree(Context ctx, ObjectMapper json, Set<String> mediaTypes) {
        requireContentType(ctx, mediaTypes);
        return parse(ctx, json, JsonNode.class);
    }

    /** The body as {@code type}, or null when there is none (for optional bodies). */
    public static <T> T optionalBody(Context ctx, ObjectMapper json, Class<T> type) {
        return ctx.body().isBlank() ? null : body(ctx, json, type);
    }

    private static <T> T parse(Context ctx, ObjectMapper json, Class<T> type) {
        return read(json, ctx.body(), type);
    }

    /** A JSON tree (e.g. a merged patch) as {@code type}, refused as strictly as a request body. */
    public static <T> T convert(ObjectMapper json, JsonNode tree, Class<T> type) {
        try {
            return read(json, json.writeValueAsString(tree), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Jackson's own messages name its classes, parser features and Java types, so none of them is
     * passed on: every failure is described here, in terms of the request.
     */
    private static <T> T read(ObjectMapper json, String body, Class<T> type) {
        if (body.isBlank()) {
            throw new InvalidInputException("body", Rule.REQUIRED, "the request needs a JSON body");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new InvalidInputException("body", Rule.TYPE, "the body must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(path(e), Rule.UNKNOWN_FIELD, "'" + e.getPropertyName() + "' is not a field of this request");
        } catch (InvalidFormatException e) {
            throw invalidValue(e);
        } catch (MismatchedInputException e) {
            throw new InvalidInputException(path(e), Rule.TYPE, "expected " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw unreadableValue(e);
        } catch (StreamReadException e) {
            throw new InvalidInputException("body", Rule.JSON, "the body is not valid JSON" + where(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", Rule.JSON, "the body is not valid JSON");
        }
    }

    /** A value that parsed as JSON but cannot be this field: a number too large, an impossible date. */
    private static InvalidInputException unreadableValue(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException) {
            return new InvalidInputException(path(e), Rule.RANGE, "the number is too large for this field");
        }
        if (e.getCause() instanceof StreamReadException parse) {
            return new InvalidInputException("body", Rule.JSON, "the body is not valid JSON" + where(parse.getLocation()));
        }
        return new InvalidInputException(path(e), Rule.INVALID, "this value is not valid here");
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static InvalidInputException invalidValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants()).map(c -> WireNames.of((Enum<?>) c)).toList();
            return new InvalidInputException(path(e), Rule.ENUM, "must be one of " + String.join(", ", allowed));
        }
        if (e.getValue() instanceof String text) {
            return new InvalidInputException(path(e), Rule.FORMAT, "'" + text + "' is not " + describe(target));
        }
        return new InvalidInputException(path(e), Rule.TYPE, "expected " + describe(target));
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different JSON value";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class) {
            return "a timestamp (RFC 3339, e.g. 2027-01-31T12:00:00Z)";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return type == Boolean.TYPE ? "true or false" : "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static void requireContentType(Context ctx, Set<String> accepted) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!accepted.contains(mediaType)) {
            throw new UnsupportedMediaTypeResponse("the body must be sent as " + String.join(" or ", accepted.stream().sorted().toList()));
        }
    }

    /** The {@code limit} and {@code cursor} query parameters. */
    public static PageRequest page(Context ctx) {
        String limit = ctx.queryParam("limit");
        int value = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                value = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("limit", Rule.TYPE, "limit must be a whole number");
            }
        }
        String cursor = ctx.queryParam("cursor");
        return new PageRequest(value, cursor == null || cursor.isEmpty() ? null : cursor);
    }

    /** The authenticated caller; 401 when the request carries no usable token. */
    public static Caller caller(Context ctx) {
        return Authentication.required(ctx);
    }

    /** The request's id, as in the log and in {@code X-Request-Id}: what a person quotes when reporting a failure. */
    public static String requestId(Context ctx) {
        return RequestIds.of(ctx);
    }

    /** Whether the request carries credentials (valid or not): its answer is then private, never cached. */
    public static boolean carriesCredentials(Context ctx) {
        return Authentication.presented(ctx);
    }

    /** The caller, or null for a request without an Authorization header; a bad token is still 401. */
    public static Caller callerOrAnonymous(Context ctx) {
        return Authentication.optional(ctx);
    }
}
