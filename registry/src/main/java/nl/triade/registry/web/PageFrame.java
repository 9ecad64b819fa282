package nl.triade.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.SignedIn;

/**
 * What every page's layout needs besides its own content: the language and its texts, the
 * fingerprinted stylesheet and script, the address of the same page in the other language, and
 * who is signed in (null for nobody), whose name and sign-out form the header shows.
 */
public record PageFrame(Language language, Texts texts, String stylesheet, String script, String otherLanguageUrl,
                        SignedIn signedIn) {
    /** Dates are shown as they fall in the Netherlands, whatever the server's zone. */
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** The text under {@code key} in the page's language. */
    public String t(String key) {
        return texts.get(key);
    }

    /** The text under {@code key} with its placeholders filled in. */
    public String t(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    /**
     * The name of an enum value for people: the text under its type and wire name,
     * {@code document-kind.standard} for {@code DocumentKind.STANDARD}.
     */
    public String label(Enum<?> value) {
        return texts.get(labelKey(value));
    }

    /** The value as the API spells it, for form values and addresses. */
    public String wire(Enum<?> value) {
        return WireNames.of(value);
    }

    /** A day, written as people in the page's language write it. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(day);
    }

    /** The day of {@code at} in the Netherlands. */
    public String date(Instant at) {
        return date(at.atZone(DUTCH_TIME).toLocalDate());
    }

    static String labelKey(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        return type + "." + WireNames.of(value);
    }
}
