package nl.triade.registry.http.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a password link leads: the page that sets the password, under the registry's public URL. */
public final class PasswordLinks {
    /** The page behind every invitation and reset link. */
    public static final String PAGE = "/wachtwoord-instellen";
    /** The query parameter that carries the link's secret. */
    public static final String CODE = "code";

    private PasswordLinks() {
    }

    public static String url(String publicUrl, String secret) {
        return publicUrl + PAGE + "?" + CODE + "=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }
}
