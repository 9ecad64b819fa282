package nl.triade.registry.http;

import java.util.List;
import java.util.function.Function;
import nl.triade.registry.domain.Page;

/** The list envelope of every collection: {@code {items, next}}. */
public record ListResponse<T>(List<T> items, String next) {

    public static <D, T> ListResponse<T> of(Page<D> page, Function<D, T> mapper) {
        return new ListResponse<>(page.items().stream().map(mapper).toList(), page.next());
    }
}
