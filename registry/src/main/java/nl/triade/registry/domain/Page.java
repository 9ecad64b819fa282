package nl.triade.registry.domain;

import java.util.List;

/** One page of a keyset-paginated list; {@code next} is the opaque cursor of the following page, or null. */
public record Page<T>(List<T> items, String next) {
    public Page {
        items = List.copyOf(items);
    }
}
