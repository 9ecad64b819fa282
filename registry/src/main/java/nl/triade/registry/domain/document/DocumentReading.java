package nl.triade.registry.domain.document;

import java.util.List;
import nl.triade.registry.domain.framework.ApplicableFramework;

/**
 * A document as its reader is shown it, with the facts around it that its content does not hold, all
 * read in one transaction so that one answer never mixes two moments: the tijdpaden of its editions
 * that are overdue today, the Toetsingskader version it is judged by, and the Kwaliteitsraad's
 * mandate when the council writes it for an agenda item ({@code mandate} null otherwise).
 */
public record DocumentReading(Document document, List<EditionTimeline> overdueTimelines, ApplicableFramework framework,
                              KwaliteitsraadMandate mandate) {
    public DocumentReading {
        overdueTimelines = List.copyOf(overdueTimelines);
    }
}
