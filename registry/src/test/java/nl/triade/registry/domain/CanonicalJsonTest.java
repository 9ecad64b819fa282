package nl.triade.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedWhateverTheInsertionOrder() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("b", Arrays.asList(true, null, "x\"y"));
        first.put("a", 1);
        assertEquals("{\"a\":1,\"b\":[true,null,\"x\\\"y\"]}", CanonicalJson.write(first));
    }

    @Test
    void keysAreSortedByUtf16CodeUnitsWhateverTheMapsOwnOrder() {
        Map<String, Object> inserted = new LinkedHashMap<>();
        for (String key : List.of("😀", "é", "b", "B", "z", "a")) {
            inserted.put(key, key.length());
        }
        Map<String, Object> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.putAll(inserted);
        String expected = "{\"B\":1,\"a\":1,\"b\":1,\"z\":1,\"é\":1,\"😀\":2}";

        assertEquals(expected, CanonicalJson.write(inserted));
        assertEquals(expected, CanonicalJson.write(reversed));
        assertEquals(expected, CanonicalJson.write(new TreeMap<>(inserted)));
    }

    @Test
    void theHashIsThePlainSha256OfTheCanonicalText() {
        Map<String, Object> value = Map.of("a", 1, "b", Arrays.asList(true, null, "x\"y"));
        assertEquals("dd0abe9107fede51c2c13bebf0cf873bf81b520fd39e4e025c00269d47297996", CanonicalJson.sha256(value));
    }

    @Test
    void aRecordIsWrittenLikeTheMapOfItsCanonicalNamesNotItsJavaNames() {
        record Part(@CanonicalJson.Name("title") String heading, @CanonicalJson.Name("count") int number,
                    @CanonicalJson.Name("due") LocalDate dueDate) {
        }
        assertEquals(CanonicalJson.write(Map.of("title", "t", "count", 2, "due", "2027-01-31")),
                CanonicalJson.write(new Part("t", 2, LocalDate.of(2027, 1, 31))));
    }

    @Test
    void aRecordComponentWithoutACanonicalNameIsRefused() {
        record Unnamed(@CanonicalJson.Name("title") String title, String body) {
        }
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.write(new Unnamed("t", "b")));
        assertEquals(true, refusal.getMessage().contains("body"), refusal.getMessage());
    }

    @Test
    void twoComponentsWithTheSameCanonicalNameAreRefused() {
        record Twice(@CanonicalJson.Name("title") String title, @CanonicalJson.Name("title") String heading) {
        }
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(new Twice("t", "h")));
    }

    @Test
    void anEmptyComponentMarkedOmitWhenEmptyIsLeftOutSoEarlierHashesStand() {
        record Later(@CanonicalJson.Name("title") String title,
                     @CanonicalJson.Name("added") @CanonicalJson.OmitWhenEmpty List<String> added) {
        }
        assertEquals("{\"title\":\"t\"}", CanonicalJson.write(new Later("t", List.of())));
        assertEquals("{\"added\":[\"x\"],\"title\":\"t\"}", CanonicalJson.write(new Later("t", List.of("x"))));
    }

    @Test
    void controlCharactersAreEscapedAndNonAsciiIsKept() {
        assertEquals("\"cliëntenversie\\n\\u0001\"", CanonicalJson.write("cliëntenversie\n\u0001"));
    }

    /**
     * Golden: every stored content hash and every event hash depends on exactly these escapes, so
     * any change to them (escaping '/', upper-case hex, escaping DEL or non-ASCII) must fail here first.
     */
    @Test
    void everyEscapeIsPinned() {
        String text = "q\"b\\s/\b\f\n\r\t\u0000\u001f\u007f é 😀";
        assertEquals("\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0000\\u001f\u007f é 😀\"", CanonicalJson.write(text));
        assertEquals("3cc692691aff41c0c9024b13b2e23126bfbde6b8e236747caa1dc4ad7d782338", CanonicalJson.sha256(text));
    }

    @Test
    void integersOfEveryWidthLookAlike() {
        assertEquals(CanonicalJson.write(List.of(7)), CanonicalJson.write(List.of(7L)));
    }

    @Test
    void fractionalNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(1.5));
    }
}
