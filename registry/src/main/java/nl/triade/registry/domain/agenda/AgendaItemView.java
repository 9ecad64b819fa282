package nl.triade.registry.domain.agenda;

import java.util.List;

/** An agenda item with the links to it that the reader may see: links to documents the reader may not read are left out. */
public record AgendaItemView(AgendaItem item, List<AgendaLink> documents) {
    public AgendaItemView {
        documents = List.copyOf(documents);
    }
}
