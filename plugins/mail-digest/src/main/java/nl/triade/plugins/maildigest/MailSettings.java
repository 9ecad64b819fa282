package nl.triade.plugins.maildigest;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's settings: {@code smtp-host} and {@code from} (required), {@code smtp-port} (default
 * 587), {@code username} and {@code password} (secret) when the server asks for them,
 * {@code starttls} ({@code true} by default: the connection is encrypted before anything is sent;
 * {@code false} only for a relay on the same machine or a test server), and {@code digest-time}, the
 * time of day in the Netherlands the digests go out ({@code HH:mm}, default 07:00).
 */
record MailSettings(String host, int port, String from, String username, String password, boolean starttls, LocalTime digestTime) {
    static final String HOST = "smtp-host";
    static final String PORT = "smtp-port";
    static final String FROM = "from";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String STARTTLS = "starttls";
    static final String DIGEST_TIME = "digest-time";
    static final LocalTime DEFAULT_DIGEST_TIME = LocalTime.of(7, 0);

    static MailSettings of(Map<String, String> settings) {
        String digest = settings.get(DIGEST_TIME);
        return new MailSettings(settings.get(HOST).strip(), settings.containsKey(PORT) ? Integer.parseInt(settings.get(PORT).strip()) : 587,
                settings.get(FROM).strip(), settings.get(USERNAME), settings.get(PASSWORD),
                !"false".equalsIgnoreCase(settings.getOrDefault(STARTTLS, "true").strip()),
                digest == null ? DEFAULT_DIGEST_TIME : LocalTime.parse(digest.strip()));
    }

    /** What is wrong with settings whose required keys are present; never a secret's value. */
    static Optional<String> problem(Map<String, String> settings) {
        try {
            String port = settings.get(PORT);
            if (port != null && !port.strip().matches("\\d{1,5}")) {
                return Optional.of(PORT + " must be a port number");
            }
            new InternetAddress(settings.get(FROM).strip(), true);
            of(settings);
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of(FROM + " must be one mail address");
        } catch (DateTimeParseException e) {
            return Optional.of(DIGEST_TIME + " must be a time of day as HH:mm, e.g. 07:00");
        }
    }
}
