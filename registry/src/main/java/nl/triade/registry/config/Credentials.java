package nl.triade.registry.config;

import java.util.regex.Pattern;

/**
 * Masks credentials in a setting before it is shown anywhere (an error message, the start-up log):
 * a JDBC URL may carry {@code user:password@} or {@code password=} and the operator's terminal
 * or log collector is no place for them.
 */
public final class Credentials {
    private static final String MASK = "***";
    private static final Pattern USER_INFO = Pattern.compile("(//)[^/@?#]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;:]\\s*(?:password|passwd|pwd|pass|user|username|secret|token|key|apikey|api_key|credentials?|"
                    + "sslpassword|sslkey|cipher_key|hexkey)\\s*=)[^&;]*");

    private Credentials() {
    }

    public static String masked(String setting) {
        if (setting == null) {
            return null;
        }
        String masked = USER_INFO.matcher(setting).replaceAll("$1" + MASK + "@");
        return SECRET_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }
}
