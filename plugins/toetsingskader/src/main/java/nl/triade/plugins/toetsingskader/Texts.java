package nl.triade.plugins.toetsingskader;

/** How every rule of this plugin words its findings and reads an absent text. */
final class Texts {
    private Texts() {
    }

    /** A finding's message: Dutch, the Register's language, with the English in brackets. */
    static String text(String dutch, String english) {
        return dutch + " (" + english + ")";
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
