package nl.triade.registry.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.actor.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final Account ANNA = new Account("acc_1", "Anna de Vries", "anna.devries@diabetesvereniging.test",
            "diabetesvereniging", Role.MEMBER, Instant.EPOCH);

    private static String refusedRule(String password) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(password, ANNA));
        assertEquals("password", refused.violations().get(0).field());
        return refused.violations().get(0).rule().wire();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mijn kat slaapt graag", "Fietsen langs de Vecht", "twaalf tekens", "ëën vögel zíngt",
            "7 dwergen en 1 prinses", "kleine ronde appel"})
    void aSentenceOfOrdinaryWordsIsAcceptedWithoutDigitsOrCapitals(String password) {
        PasswordPolicy.check(password, ANNA);
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertEquals("password-too-short", refusedRule("kort wachtw"));
        PasswordPolicy.check("kort wachtwo", ANNA);
    }

    @Test
    void lengthIsCountedInCharactersNotInUtf16Units() {
        assertEquals("password-too-short", refusedRule("🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷"));
    }

    @Test
    void moreThanTwoHundredCharactersAreRefused() {
        String sentence = "de zon schijnt op het water ";
        PasswordPolicy.check(sentence.repeat(8).substring(0, 200), ANNA);
        assertEquals("max-length", refusedRule(sentence.repeat(8).substring(0, 201)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wachtwoord2024!", "wachtwoord123456", "P@ssw0rd-1234567", "Welkom01012025", "Qwerty123456!",
            "passwordpassword", "Zomer2024!Zomer2024", "123456789012", "aaaaaaaaaaaaaa", "abababababab12",
            "anna.devries2024", "Feyenoord-1908!!"})
    void thePasswordsAttackersTryFirstAreRefused(String password) {
        assertEquals("password-guessable", refusedRule(password));
    }

    @Test
    void anEmptyPasswordIsRequired() {
        assertEquals("required", refusedRule(""));
    }
}
