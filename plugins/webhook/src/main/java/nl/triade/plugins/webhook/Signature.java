package nl.triade.plugins.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Triade-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC keyed
 * with the subscription's secret (its UTF-8 bytes, {@code whsec_} prefix included) over
 * {@code "<t>.<body>"}. Signing the time with the body lets a receiver refuse an old request replayed
 * by someone who captured it: README asks receivers to refuse a {@code t} more than five minutes off.
 */
final class Signature {
    static final String HEADER = "Triade-Signature";

    private Signature() {
    }

    static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
