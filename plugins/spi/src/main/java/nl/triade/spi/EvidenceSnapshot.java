package nl.triade.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * Bundled patient experience or other support.
 *
 * @param type        {@code survey}, {@code focus-group}, {@code mirror-conversation} (spiegelgesprek),
 *                    {@code els-borst-conversation}, {@code literature} or {@code registry-data}
 * @param title       title
 * @param summary     summary, or null
 * @param respondents number of respondents (of a study: how many it studied), or null
 * @param collectedOn when it was collected, or null
 * @param sectionKey  the section it supports, or null
 * @param studies     what it found about an instrument's measurement properties, at most one per property
 *                    (since SPI 1.4.0; empty for evidence without them)
 * @param population  whom it studied, or null (since SPI 1.4.0)
 * @param reference   where it is reported (a citation, DOI or URL), or null (since SPI 1.4.0)
 */
public record EvidenceSnapshot(String type, String title, String summary, Integer respondents, LocalDate collectedOn,
                               String sectionKey, List<PropertyStudySnapshot> studies, String population, String reference) {

    public EvidenceSnapshot {
        studies = studies == null ? List.of() : List.copyOf(studies);
    }

    /** Evidence without studies of measurement properties, as before SPI 1.4.0. */
    public EvidenceSnapshot(String type, String title, String summary, Integer respondents, LocalDate collectedOn,
                            String sectionKey) {
        this(type, title, summary, respondents, collectedOn, sectionKey, List.of(), null, null);
    }
}
