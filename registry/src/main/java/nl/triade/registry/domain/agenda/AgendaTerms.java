package nl.triade.registry.domain.agenda;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.DocumentKind;

/**
 * What the Register asks of the field in one agenda item: a {@code topic} (and optionally the
 * {@code condition}, the care domain), the kind of document required, the care-party organisations
 * responsible for it, and the date it is due.
 */
public record AgendaTerms(String topic, String condition, DocumentKind documentKind, List<String> responsible, LocalDate deadline) {
    public AgendaTerms {
        responsible = List.copyOf(responsible);
    }
}
