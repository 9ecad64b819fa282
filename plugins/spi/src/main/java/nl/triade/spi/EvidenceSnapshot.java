package nl.triade.spi;

import java.time.LocalDate;

/**
 * Bundled patient experience or other support.
 *
 * @param type        {@code survey}, {@code focus-group}, {@code mirror-conversation} (spiegelgesprek),
 *                    {@code els-borst-conversation}, {@code literature} or {@code registry-data}
 * @param title       title
 * @param summary     summary, or null
 * @param respondents number of respondents, or null
 * @param collectedOn when it was collected, or null
 * @param sectionKey  the section it supports, or null
 */
public record EvidenceSnapshot(String type, String title, String summary, Integer respondents, LocalDate collectedOn,
                               String sectionKey) {
}
