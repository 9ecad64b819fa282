package nl.triade.registry.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the pages: Dutch first, for the volunteers Triade is for, and English. */
public enum Language {
    NL("nl"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as in {@code <html lang>} and {@code ?lang=}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language a page in this one offers to switch to. */
    public Language other() {
        return this == NL ? EN : NL;
    }

    static Optional<Language> byCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }
}
