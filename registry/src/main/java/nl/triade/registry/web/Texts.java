package nl.triade.registry.web;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a page shows, from the bundles {@code web/texts*_<language>.properties} (UTF-8): one
 * for the frame, sign-in and the public register, one for each group of pages after them, so each
 * group's texts change apart. A key lives in one bundle only; a missing key fails the page rather
 * than showing the key. {@code TextsTest} keeps both languages to the same keys.
 */
public final class Texts {
    static final List<String> BUNDLES = List.of("web/texts", "web/texts-workspace", "web/texts-editing",
            "web/texts-comments", "web/texts-decisions", "web/texts-work");
    private static final Map<Language, Texts> LOADED = load();
    private final Language language;
    private final Map<String, String> texts;

    private Texts(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
    }

    public static Texts of(Language language) {
        return LOADED.get(language);
    }

    /** The text under {@code key}. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("no text " + key + " in " + language, Texts.class.getName(), key);
        }
        return text;
    }

    /** Whether there is a text under {@code key}: for a text looked up by a name made at run time, with a fallback. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text under {@code key} with its {@code {0}}, {@code {1}}… filled in (MessageFormat, so a quote is written twice). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.locale()).format(arguments);
    }

    private static Map<Language, Texts> load() {
        Map<Language, Texts> loaded = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> texts = new HashMap<>();
            for (String name : BUNDLES) {
                ResourceBundle bundle = ResourceBundle.getBundle(name, language.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : bundle.keySet()) {
                    if (texts.put(key, bundle.getString(key)) != null) {
                        throw new IllegalStateException("the text " + key + " is in two bundles; " + name + " is one");
                    }
                }
            }
            loaded.put(language, new Texts(language, texts));
        }
        return loaded;
    }
}
