package nl.triade.plugins.registerhttp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule for the Register's endpoint: {@code https://}, because the package carries a whole
 * authorised standard and the request a bearer token. Plain {@code http://} only where setting
 * {@code allow-plain-http} is {@code true}, for tests and a Register on the same machine.
 */
final class Endpoint {
    static final String ALLOW_PLAIN_HTTP = "allow-plain-http";

    private Endpoint() {
    }

    static Optional<String> problem(Map<String, String> settings) {
        String endpoint = settings.get(HttpRegisterSubmitter.ENDPOINT).trim();
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return Optional.of("endpoint is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && uri.getHost() != null) {
            return Optional.empty();
        }
        if (scheme.equals("http") && uri.getHost() != null && Boolean.parseBoolean(settings.get(ALLOW_PLAIN_HTTP))) {
            return Optional.empty();
        }
        return Optional.of("endpoint must be an https:// URL, was '" + shown(uri) + "' (set " + ALLOW_PLAIN_HTTP
                + "=true to allow http:// for tests and a local Register)");
    }

    /** The URL without user information, query or fragment, which may hold credentials. */
    private static String shown(URI uri) {
        if (uri.getHost() == null) {
            return uri.getScheme() == null ? "(no scheme)" : uri.getScheme() + ":…";
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
