package nl.triade.registry.web;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every text a page shows, from the bundle {@code web/texts_<language>.properties} (UTF-8). A
 * missing key fails the page rather than showing the key: {@code TextsTest} keeps both bundles
 * to the same keys.
 */
public final class Texts {
    static final String BUNDLE = "web/texts";
    private static final Map<Language, Texts> LOADED = load();
    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Texts of(Language language) {
        return LOADED.get(language);
    }

    /** The text under {@code key}. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text under {@code key} with its {@code {0}}, {@code {1}}… filled in (MessageFormat, so a quote is written twice). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    private static Map<Language, Texts> load() {
        Map<Language, Texts> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            texts.put(language, new Texts(language, bundle));
        }
        return texts;
    }
}
