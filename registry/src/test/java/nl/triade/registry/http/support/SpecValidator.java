package nl.triade.registry.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks real HTTP responses against the OpenAPI 3.1 document that is the registry's public
 * contract ({@code api-spec/openapi.yaml}).
 *
 * <p>Why: clients are written against the spec, not against the server code. Hand-written
 * assertions in tests only check what their author thought of, so an extra property, a renamed
 * field, an undocumented status or a wrong media type slips through unnoticed. Running every
 * response a test sees through this validator (see {@link ApiClient}) turns any drift between
 * server and spec into a failing test, without each test having to restate the contract.
 *
 * <p>A response is valid when:
 * <ul>
 *   <li>the request path (without query string) matches a path template of the spec; literal
 *       segments win over {@code {templated}} ones when several templates match;</li>
 *   <li>the HTTP method is documented for that path;</li>
 *   <li>the status is documented: the exact code, else its range key ({@code 4XX}), else
 *       {@code default};</li>
 *   <li>if that response documents content: the response's media type (parameters such as
 *       {@code charset} ignored) is one of the documented ones, and a JSON body
 *       ({@code application/json} or any {@code +json} type) validates against the documented
 *       schema; other media types (YAML, HTML) are only checked for their content type;</li>
 *   <li>if that response documents no content: the body is empty.</li>
 * </ul>
 *
 * <p>Schemas are validated with the OpenAPI 3.1 dialect of JSON Schema 2020-12, with
 * {@code format} asserted (a malformed {@code date-time} or {@code date} is an error, not an
 * annotation). {@code $ref}s resolve against the same document, both inside schemas and for
 * path items and responses ({@code #/components/responses/...}). Compiled schemas are cached per
 * (path template, method, response key, media type), so validating many responses is cheap.
 *
 * <p>Instances are immutable apart from that cache and safe to share between tests and threads.
 */
public final class SpecValidator {

    /** System property holding the absolute path of the spec; set by the surefire configuration. */
    public static final String SPEC_PROPERTY = "triade.spec";

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /**
     * Fields of the OpenAPI root object. The library parses the document root as a schema when it
     * resolves a fragment; these are not schema keywords and must not be reported as unknown.
     */
    private static final Set<String> OPENAPI_ROOT_FIELDS = Set.of("openapi", "info",
            "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags",
            "externalDocs");

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^/{}]+}");
    private static final int MAX_REF_HOPS = 32;
    private static final int MAX_BODY_IN_MESSAGE = 2_000;

    /** Strict: a body with trailing garbage or duplicate keys is drift too. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Map<Path, SpecValidator> SHARED = new ConcurrentHashMap<>();

    private final Path specFile;
    private final JsonNode spec;
    private final AbsoluteIri specIri;
    private final List<PathTemplate> templates;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemaCache = new ConcurrentHashMap<>();

    /**
     * Loads and indexes an OpenAPI 3.1 YAML (or JSON) document.
     *
     * @throws UncheckedIOException if the file cannot be read or parsed
     * @throws IllegalArgumentException if it is not an OpenAPI 3.1 document
     */
    public SpecValidator(Path specFile) {
        this.specFile = specFile.toAbsolutePath().normalize();
        try {
            this.spec = YAMLMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build()
                    .readTree(this.specFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenAPI document " + this.specFile, e);
        }
        if (spec == null || !spec.isObject() || !spec.path("openapi").asText("").startsWith("3.1")) {
            throw new IllegalArgumentException(this.specFile
                    + " is not an OpenAPI 3.1 document (expected a top-level 'openapi: 3.1.x')");
        }
        this.specIri = AbsoluteIri.of(this.specFile.toUri().toString());
        this.templates = indexPaths(spec.path("paths"));
        this.registry = newRegistry(specIri, spec);
    }

    /**
     * The validator for the spec named by system property {@value #SPEC_PROPERTY}. Instances are
     * shared per file, so the document is parsed and its schemas compiled once per test JVM.
     *
     * @throws IllegalStateException if the property is not set
     */
    public static SpecValidator fromSystemProperty() {
        String location = System.getProperty(SPEC_PROPERTY);
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("System property '" + SPEC_PROPERTY + "' is not set;"
                    + " it must hold the path of api-spec/openapi.yaml (the registry's surefire"
                    + " configuration sets it; pass -D" + SPEC_PROPERTY + "=... when running"
                    + " tests another way)");
        }
        Path path = Path.of(location).toAbsolutePath().normalize();
        return SHARED.computeIfAbsent(path, SpecValidator::new);
    }

    /**
     * Lists everything about one response that disagrees with the spec; empty when it conforms.
     *
     * @param method HTTP method, any case
     * @param requestPath the request path as sent, e.g. {@code /api/v1/documents/abc}; a query
     *     string, if present, is ignored
     * @param status the response status code
     * @param contentType the response's {@code Content-Type} header, or null if absent
     * @param body the response body, or null / empty if there was none
     */
    public List<String> problems(String method, String requestPath, int status, String contentType,
            String body) {
        List<String> problems = new ArrayList<>();
        try {
            collectProblems(method, stripQuery(requestPath), status, contentType, body, problems);
        } catch (SpecDefect e) {
            problems.add("the spec itself is broken: " + e.getMessage());
        }
        return List.copyOf(problems);
    }

    /**
     * Fails with an {@link AssertionError} listing all {@link #problems problems} of a response,
     * together with the request line, status and (truncated) body, if it does not match the spec.
     */
    public void assertValid(String method, String requestPath, int status, String contentType,
            String body) {
        List<String> problems = problems(method, requestPath, status, contentType, body);
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append("Response to ").append(method.toUpperCase(Locale.ROOT)).append(' ')
                .append(requestPath).append(" (status ").append(status).append(", Content-Type ")
                .append(contentType == null ? "none" : contentType)
                .append(") does not match ").append(specFile).append(':');
        problems.forEach(problem -> message.append("\n  - ").append(problem));
        message.append("\nBody: ").append(abbreviate(body));
        throw new AssertionError(message.toString());
    }

    @Override
    public String toString() {
        return "SpecValidator[" + specFile + "]";
    }

    private void collectProblems(String method, String path, int status, String contentType,
            String body, List<String> problems) {
        PathTemplate template = match(path);
        if (template == null) {
            problems.add("no path in the spec matches " + path);
            return;
        }
        Located pathItem = resolve(template.item());
        String verb = method.toLowerCase(Locale.ROOT);
        Located operation = HTTP_METHODS.contains(verb) ? pathItem.child(verb) : null;
        if (operation == null) {
            problems.add(method.toUpperCase(Locale.ROOT) + " is not documented for "
                    + template.text() + " (documented: " + documentedMethods(pathItem) + ")");
            return;
        }
        Located responses = resolve(operation).child("responses");
        String responseKey = responses == null ? null : responseKey(responses.node(), status);
        if (responseKey == null) {
            problems.add("status " + status + " is not documented for "
                    + method.toUpperCase(Locale.ROOT) + " " + template.text() + " (documented: "
                    + (responses == null ? "none" : fieldNames(responses.node())) + ")");
            return;
        }
        Located response = resolve(responses.child(responseKey));
        Located content = response.child("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (content == null || content.node().isEmpty()) {
            if (hasBody) {
                problems.add("the response for status " + responseKey
                        + " is documented without content, but the body is not empty");
            }
            return;
        }
        if (contentType == null || contentType.isBlank()) {
            problems.add("Content-Type is missing; expected one of " + fieldNames(content.node()));
            return;
        }
        String actualType = essence(contentType);
        String mediaKey = bestMediaType(content.node(), actualType);
        if (mediaKey == null) {
            problems.add("Content-Type " + actualType + " is not documented for status "
                    + responseKey + "; expected one of " + fieldNames(content.node()));
            return;
        }
        if (!isJson(actualType)) {
            return;
        }
        if (!hasBody) {
            problems.add("the body is empty, but " + actualType + " content is documented");
            return;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            problems.add("the body is not valid JSON: " + e.getOriginalMessage());
            return;
        }
        Located schemaAt = content.child(mediaKey).child("schema");
        if (schemaAt == null) {
            return;
        }
        String cacheKey = String.join("\n", template.text(), verb, responseKey, mediaKey);
        Schema schema = schemaCache.computeIfAbsent(cacheKey, key -> compile(schemaAt));
        List<com.networknt.schema.Error> errors;
        try {
            errors = schema.validate(instance);
        } catch (SchemaException e) {
            throw new SpecDefect("schema at #" + schema.getSchemaLocation().getFragment()
                    + " cannot be evaluated: " + e.getMessage());
        }
        for (com.networknt.schema.Error error : errors) {
            problems.add(describe(error));
        }
    }

    private Schema compile(Located schemaAt) {
        NodePath fragment = new NodePath(PathType.JSON_POINTER);
        for (String segment : schemaAt.pointer()) {
            fragment = fragment.append(segment);
        }
        try {
            Schema schema = registry.getSchema(new SchemaLocation(specIri, fragment));
            schema.initializeValidators(); // resolves every $ref now: a broken one fails here
            return schema;
        } catch (RuntimeException e) {
            throw new SpecDefect("schema at #" + fragment + " cannot be compiled: " + e.getMessage());
        }
    }

    private static String describe(com.networknt.schema.Error error) {
        return "body" + error.getInstanceLocation() + ": " + error.getMessage()
                + " (schema #" + error.getSchemaLocation().getFragment() + ")";
    }

    // --- path matching -------------------------------------------------------------------

    private List<PathTemplate> indexPaths(JsonNode paths) {
        List<PathTemplate> result = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : paths.properties()) {
            String text = entry.getKey();
            String[] segments = text.split("/", -1);
            List<Pattern> patterns = new ArrayList<>(segments.length);
            boolean[] literal = new boolean[segments.length];
            for (int i = 0; i < segments.length; i++) {
                literal[i] = !TEMPLATE_VARIABLE.matcher(segments[i]).find();
                patterns.add(segmentPattern(segments[i]));
            }
            result.add(new PathTemplate(text, patterns, literal,
                    new Located(entry.getValue(), List.of("paths", text))));
        }
        return List.copyOf(result);
    }

    /** {@code {id}} matches one non-empty segment; everything else must match literally. */
    private static Pattern segmentPattern(String segment) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE_VARIABLE.matcher(segment);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(segment.substring(last, variable.start()))).append("[^/]+");
            last = variable.end();
        }
        regex.append(Pattern.quote(segment.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private PathTemplate match(String path) {
        String[] segments = path.split("/", -1);
        PathTemplate best = null;
        for (PathTemplate candidate : templates) {
            if (candidate.matches(segments) && (best == null || candidate.moreSpecificThan(best))) {
                best = candidate;
            }
        }
        return best;
    }

    private record PathTemplate(String text, List<Pattern> segments, boolean[] literal,
            Located item) {

        boolean matches(String[] requestSegments) {
            if (requestSegments.length != segments.size()) {
                return false;
            }
            for (int i = 0; i < requestSegments.length; i++) {
                if (!segments.get(i).matcher(requestSegments[i]).matches()) {
                    return false;
                }
            }
            return true;
        }

        /** The first segment where one is literal and the other templated decides. */
        boolean moreSpecificThan(PathTemplate other) {
            for (int i = 0; i < literal.length; i++) {
                if (literal[i] != other.literal[i]) {
                    return literal[i];
                }
            }
            return false;
        }
    }

    // --- responses and media types ---------------------------------------------------------

    private static String responseKey(JsonNode responses, int status) {
        String exact = Integer.toString(status);
        if (responses.has(exact)) {
            return exact;
        }
        String range = (status / 100) + "XX";
        for (Iterator<String> names = responses.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equalsIgnoreCase(range)) {
                return name;
            }
        }
        return responses.has("default") ? "default" : null;
    }

    /** Exact media type first, then {@code type/*}, then {@code *}{@code /*}. */
    private static String bestMediaType(JsonNode content, String actualType) {
        String wildcardSubtype = actualType.substring(0, actualType.indexOf('/') + 1) + "*";
        String best = null;
        int bestScore = 0;
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String documented = essence(name);
            int score = documented.equals(actualType) ? 3
                    : documented.equals(wildcardSubtype) ? 2
                    : documented.equals("*/*") ? 1
                    : 0;
            if (score > bestScore) {
                best = name;
                bestScore = score;
            }
        }
        return best;
    }

    /** The media type without parameters, lower-cased: {@code application/json}. */
    private static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        type = type.trim().toLowerCase(Locale.ROOT);
        return type.contains("/") ? type : type + "/";
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    // --- OpenAPI $ref handling (path items, responses) --------------------------------------

    /** A node of the spec together with its JSON pointer, so schemas can be loaded by location. */
    private record Located(JsonNode node, List<String> pointer) {

        /** The named child, or null if absent. */
        Located child(String name) {
            JsonNode child = node.get(name);
            if (child == null || child.isNull()) {
                return null;
            }
            List<String> childPointer = new ArrayList<>(pointer);
            childPointer.add(name);
            return new Located(child, List.copyOf(childPointer));
        }
    }

    private Located resolve(Located at) {
        Located current = at;
        for (int hops = 0; current.node().has("$ref"); hops++) {
            String ref = current.node().get("$ref").asText();
            if (hops == MAX_REF_HOPS) {
                throw new SpecDefect("$ref chain too long (cyclic?) at " + ref);
            }
            if (!ref.startsWith("#")) {
                throw new SpecDefect("only document-local $refs are supported, found " + ref);
            }
            List<String> pointer = parsePointer(ref.substring(1));
            JsonNode target = spec;
            for (String segment : pointer) {
                target = target.isArray() && segment.matches("\\d+")
                        ? target.get(Integer.parseInt(segment))
                        : target.get(segment);
                if (target == null) {
                    throw new SpecDefect("$ref " + ref + " does not resolve");
                }
            }
            current = new Located(target, pointer);
        }
        return current;
    }

    /** RFC 6901 pointer from a URI fragment: percent-decoded, then {@code ~1} and {@code ~0}. */
    private static List<String> parsePointer(String fragment) {
        String decoded = percentDecode(fragment);
        if (decoded.isEmpty()) {
            return List.of();
        }
        if (!decoded.startsWith("/")) {
            throw new SpecDefect("$ref #" + fragment + " is not a JSON pointer");
        }
        List<String> segments = new ArrayList<>();
        for (String raw : decoded.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return List.copyOf(segments);
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new SpecDefect("malformed percent-encoding in $ref #" + text);
                }
                encoded.write(high * 16 + low);
                i += 2;
            } else {
                decoded.append(encoded.toString(StandardCharsets.UTF_8)).append(c);
                encoded.reset();
            }
        }
        return decoded.append(encoded.toString(StandardCharsets.UTF_8)).toString();
    }

    // --- helpers ---------------------------------------------------------------------------

    private static SchemaRegistry newRegistry(AbsoluteIri iri, JsonNode document) {
        Dialect dialect = Dialect.builder(Dialects.getOpenApi31())
                .unknownKeywordFactory((keyword, context) ->
                        keyword.startsWith("x-") || OPENAPI_ROOT_FIELDS.contains(keyword)
                                ? new NonValidationKeyword(keyword)
                                : UnknownKeywordFactory.getInstance().getKeyword(keyword, context))
                .build();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        // The library loads the document by IRI; hand it the already parsed text so it never
        // has to guess YAML versus JSON or touch the file system.
        String json;
        try {
            json = JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot re-serialise the OpenAPI document", e);
        }
        return SchemaRegistry.withDialect(dialect, builder -> builder
                .schemaRegistryConfig(config)
                .schemas(Map.of(iri.toString(), json)));
    }

    private static String stripQuery(String requestPath) {
        int end = requestPath.length();
        int query = requestPath.indexOf('?');
        int fragment = requestPath.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return requestPath.substring(0, end);
    }

    private static String documentedMethods(Located pathItem) {
        List<String> methods = new ArrayList<>();
        pathItem.node().fieldNames().forEachRemaining(name -> {
            if (HTTP_METHODS.contains(name)) {
                methods.add(name.toUpperCase(Locale.ROOT));
            }
        });
        return methods.isEmpty() ? "none" : String.join(", ", methods);
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String abbreviate(String body) {
        if (body == null || body.isEmpty()) {
            return "(empty)";
        }
        return body.length() <= MAX_BODY_IN_MESSAGE
                ? body
                : body.substring(0, MAX_BODY_IN_MESSAGE) + "... (" + body.length() + " chars)";
    }

    /** The spec, not the response, is at fault; reported as a problem so the test still fails. */
    private static final class SpecDefect extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SpecDefect(String message) {
            super(message);
        }
    }
}
