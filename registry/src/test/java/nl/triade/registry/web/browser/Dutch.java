package nl.triade.registry.web.browser;

import nl.triade.registry.web.Language;
import nl.triade.registry.web.Texts;

/**
 * The Dutch texts of the pages, as a person reads them: page objects find a link or button by the
 * words it shows, taken from the bundles, so a reworded text does not break a test.
 */
final class Dutch {
    private static final Texts TEXTS = Texts.of(Language.NL);

    private Dutch() {
    }

    static String text(String key, Object... arguments) {
        return arguments.length == 0 ? TEXTS.get(key) : TEXTS.format(key, arguments);
    }
}
