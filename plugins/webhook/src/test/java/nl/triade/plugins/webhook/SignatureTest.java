package nl.triade.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignatureTest {

    /** The value README's verification example computes (Python's hmac and openssl agree on it). */
    @Test
    void signsTheTimestampADotAndTheBodyWithHmacSha256() {
        assertEquals("t=1764460800,v1=" + Signature.hmac("whsec_test", "1764460800.{\"a\":1}"),
                Signature.header("whsec_test", 1764460800L, "{\"a\":1}"));
        assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                Signature.hmac("key", "The quick brown fox jumps over the lazy dog"));
    }
}
