package nl.triade.registry.web;

import nl.triade.registry.domain.account.SignedIn;

/**
 * What every page's layout needs besides its own content: the language and its texts, the
 * fingerprinted stylesheet and script, the address of the same page in the other language, and
 * who is signed in (null for nobody), whose name and sign-out form the header shows.
 */
public record PageFrame(Language language, Texts texts, String stylesheet, String script, String otherLanguageUrl,
                        SignedIn signedIn) {

    /** The text under {@code key} in the page's language. */
    public String t(String key) {
        return texts.get(key);
    }

    /** The text under {@code key} with its placeholders filled in. */
    public String t(String key, Object... arguments) {
        return texts.format(key, arguments);
    }
}
