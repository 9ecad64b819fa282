package nl.triade.registry.web.editing;

import java.util.List;
import nl.triade.registry.domain.document.DiffPiece;

/**
 * The difference between revision {@code from} and {@code to}: each section that changed, its
 * title and text word by word, and how many other parts (fields, indicators, participants, …)
 * changed besides. {@code error} is the text key of what is wrong with the chosen pair, or null.
 */
public record DifferenceView(String documentId, String documentTitle, int from, int to, List<SectionDifference> sections,
                             int otherChanges, String error) {

    public DifferenceView {
        sections = List.copyOf(sections);
    }

    /** One section's change: {@code change} is {@code added}, {@code removed} or {@code changed}. */
    public record SectionDifference(String key, String change, List<DiffPiece> title, List<DiffPiece> body) {
    }
}
