package nl.triade.registry.domain.work;

import java.util.List;

/** The first {@code items} of a list, and whether there are more than those. */
public record Bounded<T>(List<T> items, boolean more) {
    public Bounded {
        items = List.copyOf(items);
    }

    /** The first {@code limit} of {@code rows}, read with one row more than that to know whether more exist. */
    static <T> Bounded<T> of(List<T> rows, int limit) {
        return new Bounded<>(rows.size() > limit ? rows.subList(0, limit) : rows, rows.size() > limit);
    }

    static <T> Bounded<T> none() {
        return new Bounded<>(List.of(), false);
    }
}
