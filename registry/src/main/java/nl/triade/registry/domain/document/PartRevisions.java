package nl.triade.registry.domain.document;

import java.util.Map;

/** Which section or indicator a change touched, so exactly that part takes the new revision as its ETag. */
record PartRevisions(String sectionKey, String indicatorKey) {
    static final PartRevisions NONE = new PartRevisions(null, null);

    static PartRevisions section(String key) {
        return new PartRevisions(key, null);
    }

    static PartRevisions indicator(String key) {
        return new PartRevisions(null, key);
    }

    void apply(Map<String, Integer> sections, Map<String, Integer> indicators, int revision) {
        if (sectionKey != null) {
            sections.put(sectionKey, revision);
        }
        if (indicatorKey != null) {
            indicators.put(indicatorKey, revision);
        }
    }
}
