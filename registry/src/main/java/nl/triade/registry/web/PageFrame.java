package nl.triade.registry.web;

/**
 * What every page's layout needs besides its own content: the language and its texts, the
 * fingerprinted stylesheet and script, and the address of the same page in the other language.
 */
public record PageFrame(Language language, Texts texts, String stylesheet, String script, String otherLanguageUrl) {

    /** The text under {@code key} in the page's language. */
    public String t(String key) {
        return texts.get(key);
    }

    /** The text under {@code key} with its placeholders filled in. */
    public String t(String key, Object... arguments) {
        return texts.format(key, arguments);
    }
}
