package nl.triade.registry.http.agenda;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.http.RunningRegistry;

/** The events of one agenda item, read from the log by their {@code data.agendaItem}. */
final class AgendaEvents {
    private AgendaEvents() {
    }

    /** {@code item} is the item's id or its path. */
    static List<JsonNode> of(RunningRegistry registry, String item) {
        String id = item.substring(item.lastIndexOf('/') + 1);
        List<JsonNode> events = new ArrayList<>();
        registry.admin().get("/api/v1/events?limit=200").json().get("items").forEach(event -> {
            if (event.get("data").path("agendaItem").asText().equals(id)) {
                events.add(event);
            }
        });
        return events;
    }

    static List<String> types(RunningRegistry registry, String item) {
        return of(registry, item).stream().map(event -> event.get("type").asText()).toList();
    }
}
