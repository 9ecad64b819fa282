package nl.triade.plugins.toetsingskader;

import java.util.Map;

/**
 * The least number of characters (markup left out, white space collapsed) a section needs before
 * it counts as describing its part, per section kind; a floor against placeholders, not a judgement
 * of adequacy, which stays the Register's reviewer's. Each is a plugin setting; a value that is not
 * a whole number of at least 1 falls back to its default, so a typing error never switches the
 * Register's criteria off.
 *
 * @param careContent      the content of care (zorginhoud), setting {@value #CARE_CONTENT}
 * @param careOrganisation the organisation of care, setting {@value #CARE_ORGANISATION}
 * @param substantiation   the substantiation (onderbouwing), setting {@value #SUBSTANTIATION}
 */
record MinimumLengths(int careContent, int careOrganisation, int substantiation) {
    static final String CARE_CONTENT = "min-length-care-content";
    static final String CARE_ORGANISATION = "min-length-care-organisation";
    static final String SUBSTANTIATION = "min-length-substantiation";
    /** About two sentences: what any description of its part says at the least. */
    static final MinimumLengths DEFAULTS = new MinimumLengths(150, 150, 150);

    static MinimumLengths from(Map<String, String> settings) {
        return new MinimumLengths(setting(settings, CARE_CONTENT, DEFAULTS.careContent),
                setting(settings, CARE_ORGANISATION, DEFAULTS.careOrganisation),
                setting(settings, SUBSTANTIATION, DEFAULTS.substantiation));
    }

    private static int setting(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        if (value == null || !value.strip().matches("[0-9]{1,6}")) {
            return fallback;
        }
        int length = Integer.parseInt(value.strip());
        return length >= 1 ? length : fallback;
    }
}
