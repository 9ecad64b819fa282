package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code Accept} header as RFC 9110 §12.5.1 reads it, against the offers of the registry's resources. */
class AcceptHeaderTest {
    private static final List<String> REPORT = List.of("application/json", "text/csv", "text/html");
    private static final List<String> FHIR = List.of("application/fhir+json", "application/json");

    private static Optional<String> chosen(String accept, List<String> offered) {
        return AcceptHeader.parse(accept).preferred(offered);
    }

    @Test
    void noHeaderOrABlankOneTakesTheFirstOffer() {
        assertEquals(Optional.of("application/json"), chosen(null, REPORT));
        assertEquals(Optional.of("application/json"), chosen("  ", REPORT));
        assertEquals(Optional.of("application/fhir+json"), chosen("*/*", FHIR));
    }

    @Test
    void theHighestWeightWins() {
        assertEquals(Optional.of("text/html"), chosen("text/csv;q=0.5, text/html;q=0.9, application/json;q=0.1", REPORT));
        assertEquals(Optional.of("application/json"), chosen("application/fhir+json;q=0.4, application/json;q=0.401", FHIR));
    }

    @Test
    void aWeightOfZeroRefusesWhatALessSpecificRangeAllows() {
        assertEquals(Optional.of("text/html"), chosen("text/csv;q=0, text/*", REPORT));
        assertEquals(Optional.of("application/json"), chosen("application/fhir+json;q=0, */*", FHIR));
        assertEquals(Optional.empty(), chosen("*/*;q=0", REPORT));
        assertEquals(Optional.empty(), chosen("application/json;q=0.000, text/*;q=0", REPORT));
    }

    @Test
    void theMostSpecificRangeDecidesAnOffersWeight() {
        assertEquals(Optional.of("text/csv"), chosen("text/*;q=0.2, text/csv;q=0.8, */*;q=0.5", REPORT));
        assertEquals(Optional.of("application/json"), chosen("text/*;q=0.9, text/csv;q=0.1, text/html;q=0.1, */*;q=0.95", REPORT));
        assertEquals(Optional.of("text/csv"), chosen("text/csv;charset=utf-8;q=0.9, text/csv;q=0.1, */*;q=0.5", REPORT),
                "a range with parameters is more specific than the bare type");
    }

    @Test
    void onATieTheMoreSpecificMatchWinsThenTheClientsOrderThenTheResourcesOrder() {
        assertEquals(Optional.of("text/csv"), chosen("*/*, text/csv", REPORT), "named outright beats a wildcard");
        assertEquals(Optional.of("text/html"), chosen("text/*, text/html", REPORT));
        assertEquals(Optional.of("text/html"), chosen("text/html, text/csv", REPORT), "the client's order");
        assertEquals(Optional.of("text/csv"), chosen("text/*", REPORT), "the resource's order among what one range allows");
        assertEquals(Optional.of("text/html"), chosen("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", REPORT),
                "what a browser sends");
    }

    @Test
    void typesSubtypesAndParameterNamesIgnoreCase() {
        assertEquals(Optional.of("text/csv"), chosen("TEXT/CSV", REPORT));
        assertEquals(Optional.of("application/json"), chosen("Application/FHIR+JSON;Q=0, APPLICATION/*", FHIR));
        assertEquals(Optional.of("text/csv"), chosen("text/csv; CHARSET=UTF-8", REPORT));
    }

    @Test
    void anotherCharsetThanUtf8MatchesNothingSinceEveryAnswerIsUtf8() {
        assertEquals(Optional.empty(), chosen("text/csv;charset=iso-8859-1", REPORT));
        assertEquals(Optional.of("text/csv"), chosen("text/csv;charset=\"utf-8\"", REPORT));
        assertEquals(Optional.of("application/json"), chosen("text/csv;charset=windows-1252, application/json;q=0.1", REPORT));
    }

    @Test
    void otherParametersAndQuotedCommasDoNotBreakTheList() {
        assertEquals(Optional.of("application/fhir+json"), chosen("application/fhir+json; fhirVersion=4.0", FHIR));
        assertEquals(Optional.of("text/html"), chosen("text/html;profile=\"a, text/csv\";q=0.9, application/json;q=0.5", REPORT));
        assertEquals(Optional.of("text/html"), chosen("text/html;title=\"say \\\"x, y\\\"\", text/csv;q=0.1", REPORT));
    }

    @Test
    void malformedRangesAreIgnored() {
        assertEquals(Optional.empty(), chosen("csv", REPORT));
        assertEquals(Optional.empty(), chosen("*/csv", REPORT));
        assertEquals(Optional.empty(), chosen("text/csv;q=2", REPORT));
        assertEquals(Optional.empty(), chosen("text/csv;q=0.1234", REPORT));
        assertEquals(Optional.empty(), chosen("text/csv;q=abc", REPORT));
        assertEquals(Optional.empty(), chosen("text/csv;q", REPORT));
        assertEquals(Optional.of("text/csv"), chosen("text/csv;q=banana, , text/csv;q=0.3, text/html;q=0.2", REPORT));
        assertEquals(Optional.of("text/csv"), chosen(",,text/csv;q=1.000,", REPORT));
    }
}
