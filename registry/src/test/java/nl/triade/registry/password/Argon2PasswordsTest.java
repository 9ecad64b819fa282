package nl.triade.registry.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2PasswordsTest {
    private final Argon2Passwords owasp = new Argon2Passwords(Argon2Passwords.OWASP);

    @Test
    void aHashIsAnArgon2idPhcStringWithTheOwaspParametersAndItsOwnSalt() {
        String first = owasp.hash("mijn kat slaapt graag");
        assertTrue(first.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), first);
        assertNotEquals(first, owasp.hash("mijn kat slaapt graag"));
    }

    @Test
    void onlyThePasswordItWasMadeFromMatches() {
        String stored = owasp.hash("mijn kat slaapt graag");
        assertTrue(owasp.matches("mijn kat slaapt graag", stored));
        assertFalse(owasp.matches("mijn kat slaapt graag ", stored));
        assertFalse(owasp.matches("Mijn kat slaapt graag", stored));
    }

    @Test
    void aHashMadeWithOtherParametersStillMatchesButAsksForARehash() {
        Argon2Passwords cheaper = new Argon2Passwords(new Argon2Passwords.Cost(8_192, 1, 1));
        String old = cheaper.hash("mijn kat slaapt graag");
        assertTrue(owasp.matches("mijn kat slaapt graag", old));
        assertTrue(owasp.needsRehash(old));
        assertFalse(owasp.needsRehash(owasp.hash("mijn kat slaapt graag")));
    }

    @Test
    void whatIsNoArgon2idHashMatchesNothingAndAsksForARehash() {
        for (String stored : new String[] {"", "plain text", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
                "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
                "$argon2id$v=19$m=x,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA", "$argon2id$v=19$m=19456,t=2,p=1$!!$??"}) {
            assertFalse(owasp.matches("anything at all", stored), stored);
            assertTrue(owasp.needsRehash(stored), stored);
        }
    }
}
