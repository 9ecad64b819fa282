package nl.triade.plugins.patientperspective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers as a Dutch reader says them. */
class DutchNumbersTest {

    @Test
    void unitsTeensAndTens() {
        assertEquals(1, DutchNumbers.syllables("0"), "nul");
        assertEquals(1, DutchNumbers.syllables("3"), "drie");
        assertEquals(2, DutchNumbers.syllables("7"), "ze-ven");
        assertEquals(1, DutchNumbers.syllables("12"), "twaalf");
        assertEquals(3, DutchNumbers.syllables("19"), "ne-gen-tien");
        assertEquals(2, DutchNumbers.syllables("80"), "tach-tig");
        assertEquals(4, DutchNumbers.syllables("21"), "een-en-twin-tig");
        assertEquals(6, DutchNumbers.syllables("97"), "ze-ven-en-ne-gen-tig");
    }

    @Test
    void hundredsThousandsAndMillions() {
        assertEquals(2, DutchNumbers.syllables("100"), "hon-derd");
        assertEquals(3, DutchNumbers.syllables("101"), "hon-derd-een");
        assertEquals(5, DutchNumbers.syllables("250"), "twee-hon-derd-vijf-tig");
        assertEquals(2, DutchNumbers.syllables("1000"), "dui-zend");
        assertEquals(7, DutchNumbers.syllables("2024"), "twee-dui-zend-vier-en-twin-tig");
        assertEquals(3, DutchNumbers.syllables("1000000"), "een mil-joen");
        assertEquals(8, DutchNumbers.syllables("2500000"), "twee mil-joen vijf-hon-derd-dui-zend");
        assertEquals(3, DutchNumbers.syllables("1000000000"), "een mil-jard");
        assertEquals(3, DutchNumbers.syllables("3000000000"), "drie mil-jard");
        assertEquals(4, DutchNumbers.syllables("100000000000"), "hon-derd mil-jard: twelve digits are still a cardinal");
    }

    @Test
    void aLeadingZeroIsUnspokenAndALongCodeIsReadDigitByDigit() {
        assertEquals(2, DutchNumbers.syllables("007"), "ze-ven");
        assertEquals(15, DutchNumbers.syllables("1234567890123"), "past the billions, digit by digit");
    }
}
