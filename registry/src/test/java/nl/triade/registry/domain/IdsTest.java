package nl.triade.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    @Test
    void anIdIsItsPrefixAndSixteenCharactersOfTheAlphabet() {
        String id = Ids.next("cmt");
        assertTrue(id.matches("cmt_[" + ALPHABET + "]{16}"), id);
    }

    /** Every position takes every character: no position is left to fewer random bits than it should have. */
    @Test
    void everyPositionTakesEveryCharacter() {
        List<String> ids = IntStream.range(0, 5_000).mapToObj(i -> Ids.next("x").substring(2)).toList();
        for (int position = 0; position < 16; position++) {
            Set<Character> seen = new HashSet<>();
            for (String id : ids) {
                seen.add(id.charAt(position));
            }
            assertEquals(ALPHABET.length(), seen.size(), "characters seen at position " + position);
        }
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }
}
