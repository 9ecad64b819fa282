package nl.triade.registry.http.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves that {@link SpecValidator} accepts conforming responses and reports each kind of drift. */
class SpecValidatorTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String VALID_DOCUMENT = """
            {"id":"abc","title":"Pain","status":"draft","createdAt":"2024-05-01T10:15:30Z",
             "effectiveOn":"2024-06-01","summary":"Short"}""";

    private static SpecValidator validator;

    @BeforeAll
    static void loadFixture() throws URISyntaxException {
        validator = new SpecValidator(fixture());
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(SpecValidatorTest.class.getResource("/support/fixture-openapi.yaml").toURI());
    }

    @Test
    void validResponseIsAccepted() {
        assertNoProblems(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, VALID_DOCUMENT));
    }

    @Test
    void contentTypeParametersAreIgnored() {
        assertNoProblems(validator.problems("GET", "/api/v1/documents/abc", 200,
                "application/json; charset=utf-8", VALID_DOCUMENT));
    }

    @Test
    void nullableFieldAcceptsNull() {
        String body = VALID_DOCUMENT.replace("\"Short\"", "null");
        assertNoProblems(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, body));
    }

    @Test
    void refsInsideArraysAreFollowed() {
        String body = "{\"items\":[" + VALID_DOCUMENT + "]}";
        assertNoProblems(validator.problems("GET", "/api/v1/documents", 200, JSON, body));
        assertProblem(validator.problems("GET", "/api/v1/documents", 200, JSON,
                "{\"items\":[" + VALID_DOCUMENT.replace("\"title\":\"Pain\",", "") + "]}"),
                "body/items/0", "title");
    }

    @Test
    void extraPropertyIsReported() {
        String body = VALID_DOCUMENT.replace("}", ",\"owner\":\"x\"}");
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, body), "owner");
    }

    @Test
    void wrongTypeIsReported() {
        String body = VALID_DOCUMENT.replace("\"Pain\"", "42");
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, body),
                "body/title", "integer");
    }

    @Test
    void missingRequiredPropertyIsReported() {
        String body = VALID_DOCUMENT.replace(",\"summary\":\"Short\"", "");
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, body),
                "required", "summary");
    }

    @Test
    void nullWhereTheTypeIsNotNullableIsReported() {
        String body = VALID_DOCUMENT.replace("\"Pain\"", "null");
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, body),
                "body/title", "null");
    }

    @Test
    void valueOutsideTheEnumIsReported() {
        String body = VALID_DOCUMENT.replace("\"draft\"", "\"archived\"");
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, body),
                "body/status", "enum");
    }

    @Test
    void malformedDateTimeIsReported() {
        String body = VALID_DOCUMENT.replace("2024-05-01T10:15:30Z", "2024-05-01 10:15");
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, body),
                "body/createdAt", "date-time");
    }

    @Test
    void malformedDateIsReported() {
        String body = VALID_DOCUMENT.replace("2024-06-01", "2024-13-40");
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, body),
                "body/effectiveOn", "date");
    }

    @Test
    void undocumentedStatusIsReported() {
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 500, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Oops\",\"status\":500}"), "status 500");
    }

    @Test
    void rangeKeyCoversStatusesWithoutAnExactEntry() {
        assertNoProblems(validator.problems("GET", "/api/v1/documents", 401, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Unauthorised\",\"status\":401}"));
        assertProblem(validator.problems("GET", "/api/v1/documents", 503, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Down\",\"status\":503}"), "status 503");
    }

    @Test
    void defaultResponseCoversAnyOtherStatus() {
        assertNoProblems(validator.problems("POST", "/api/v1/documents", 409, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409}"));
    }

    @Test
    void problemResponseIsValidatedThroughItsComponentRef() {
        assertProblem(validator.problems("GET", "/api/v1/documents/nope", 404, PROBLEM,
                "{\"type\":\"about:blank\",\"status\":404}"), "required", "title");
    }

    @Test
    void undocumentedPathIsReported() {
        assertProblem(validator.problems("GET", "/api/v1/folders", 200, JSON, "{}"),
                "no path", "/api/v1/folders");
    }

    @Test
    void trailingSlashIsADifferentPath() {
        assertProblem(validator.problems("GET", "/api/v1/documents/", 200, JSON, "{}"), "no path");
    }

    @Test
    void undocumentedMethodIsReported() {
        assertProblem(validator.problems("PATCH", "/api/v1/documents/abc", 200, JSON, VALID_DOCUMENT),
                "PATCH", "GET, PUT, DELETE");
    }

    @Test
    void literalSegmentsArePreferredOverTemplates() {
        assertNoProblems(validator.problems("GET", "/api/v1/documents/latest", 200, JSON,
                "{\"latest\":\"abc\"}"));
    }

    @Test
    void pathWithSeveralTemplatesMatches() {
        assertNoProblems(validator.problems("GET", "/api/v1/documents/abc/sections/intro", 200, JSON,
                "{\"key\":\"intro\",\"text\":\"Hello\"}"));
    }

    @Test
    void queryStringIsIgnored() {
        assertNoProblems(validator.problems("GET", "/api/v1/documents/abc?fields=all", 200, JSON,
                VALID_DOCUMENT));
    }

    @Test
    void wrongContentTypeIsReported() {
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, "text/plain",
                VALID_DOCUMENT), "text/plain", "application/json");
    }

    @Test
    void missingContentTypeIsReported() {
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, null, VALID_DOCUMENT),
                "Content-Type is missing");
    }

    @Test
    void bodyThatIsNotJsonIsReported() {
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, "{\"id\":"),
                "not valid JSON");
        assertProblem(validator.problems("GET", "/api/v1/documents/abc", 200, JSON, ""),
                "body is empty");
    }

    @Test
    void nonEmptyBodyWhereNoneIsDocumentedIsReported() {
        assertProblem(validator.problems("DELETE", "/api/v1/documents/abc", 204, JSON, "{}"),
                "without content");
    }

    @Test
    void emptyBodyWhereNoneIsDocumentedIsAccepted() {
        assertNoProblems(validator.problems("DELETE", "/api/v1/documents/abc", 204, null, ""));
        assertNoProblems(validator.problems("DELETE", "/api/v1/documents/abc", 204, null, null));
    }

    @Test
    void nonJsonMediaTypesOnlyHaveTheirContentTypeChecked() {
        assertNoProblems(validator.problems("GET", "/api/v1/openapi.yaml", 200,
                "application/yaml", "openapi: 3.1.0\n"));
        assertProblem(validator.problems("GET", "/api/v1/openapi.yaml", 200, "text/html",
                "<html></html>"), "text/html");
    }

    @Test
    void assertValidFailsWithEveryProblemAndTheRequest() {
        String body = VALID_DOCUMENT.replace("\"Pain\"", "42").replace("\"draft\"", "\"archived\"");
        AssertionError error = assertThrows(AssertionError.class,
                () -> validator.assertValid("GET", "/api/v1/documents/abc", 200, JSON, body));
        String message = error.getMessage();
        assertTrue(message.contains("GET /api/v1/documents/abc"), message);
        assertTrue(message.contains("status 200"), message);
        assertTrue(message.contains("body/title"), message);
        assertTrue(message.contains("body/status"), message);
        assertTrue(message.contains("archived"), message);
    }

    @Test
    void assertValidPassesConformingResponses() {
        validator.assertValid("GET", "/api/v1/documents/abc", 200, JSON, VALID_DOCUMENT);
    }

    @Test
    void brokenRefInTheSpecIsReportedAsASpecProblem(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("broken.yaml"), """
                openapi: 3.1.0
                info: {title: broken, version: "1"}
                paths:
                  /things:
                    get:
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: "#/components/schemas/Missing"
                        "404":
                          $ref: "#/components/responses/Missing"
                """);
        SpecValidator broken = new SpecValidator(spec);
        assertProblem(broken.problems("GET", "/things", 200, JSON, "{}"), "spec itself", "Missing");
        assertProblem(broken.problems("GET", "/things", 404, JSON, "{}"), "spec itself", "Missing");
    }

    @Test
    void refsToPathItemsAndPercentEncodedNamesAreFollowed(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("refs.yaml"), """
                openapi: 3.1.0
                info: {title: refs, version: "1"}
                paths:
                  /things/{id}:
                    $ref: "#/components/pathItems/Thing"
                components:
                  pathItems:
                    Thing:
                      get:
                        responses:
                          "404":
                            $ref: "#/components/responses/Not%20Found"
                  responses:
                    Not Found:
                      description: missing
                      content:
                        application/problem+json:
                          schema:
                            type: object
                            additionalProperties: false
                            required: [title]
                            properties:
                              title: {type: string}
                """);
        SpecValidator refs = new SpecValidator(spec);
        assertNoProblems(refs.problems("GET", "/things/1", 404, PROBLEM, "{\"title\":\"Gone\"}"));
        assertProblem(refs.problems("GET", "/things/1", 404, PROBLEM, "{\"title\":1}"), "body/title");
    }

    @Test
    void documentThatIsNotOpenApi31IsRejected(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("old.yaml"),
                "openapi: 3.0.3\ninfo: {title: old, version: \"1\"}\npaths: {}\n");
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new SpecValidator(spec));
        assertTrue(error.getMessage().contains("OpenAPI 3.1"), error.getMessage());
    }

    private static void assertNoProblems(List<String> problems) {
        assertEquals(List.of(), problems);
    }

    /** Exactly one problem is expected, and it must mention every fragment. */
    private static void assertProblem(List<String> problems, String... fragments) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        for (String fragment : fragments) {
            assertTrue(problems.get(0).contains(fragment),
                    () -> "expected '" + fragment + "' in " + problems.get(0));
        }
    }
}
