package nl.triade.plugins.toetsingskader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings of the minimum lengths, and their defaults. */
class MinimumLengthsTest {

    @Test
    void withoutSettingsTheDefaultsApply() {
        assertEquals(new MinimumLengths(150, 150, 150), MinimumLengths.from(Map.of()));
        assertEquals(MinimumLengths.DEFAULTS, MinimumLengths.from(Map.of()));
    }

    @Test
    void eachSettingSetsItsOwnMinimum() {
        assertEquals(new MinimumLengths(400, 150, 150), MinimumLengths.from(Map.of("min-length-care-content", "400")));
        assertEquals(new MinimumLengths(150, 1, 150), MinimumLengths.from(Map.of("min-length-care-organisation", " 1 ")));
        assertEquals(new MinimumLengths(150, 150, 999999), MinimumLengths.from(Map.of("min-length-substantiation", "999999")));
    }

    @Test
    void aValueThatIsNoWholeNumberOfAtLeastOneKeepsTheDefault() {
        for (String wrong : new String[] {"0", "-5", "twintig", "1.5", "", "1234567"}) {
            assertEquals(MinimumLengths.DEFAULTS, MinimumLengths.from(Map.of("min-length-care-content", wrong,
                    "min-length-care-organisation", wrong, "min-length-substantiation", wrong)), wrong);
        }
    }
}
