package nl.triade.registry.domain;

import java.util.List;
import java.util.function.Function;

/**
 * Which page of a list the caller wants: at most {@code limit} items after {@code cursor}
 * (null for the first page). Limits are checked here so every list obeys the same bounds, and
 * every list is cut into pages here, the same way.
 */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", Rule.RANGE, "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** How many rows to read: one more than the limit, so the extra row tells whether a next page exists. */
    public int rowsToRead() {
        return limit + 1;
    }

    /** The page of {@code rows} (read with {@link #rowsToRead()}), its cursor the position of its last row. */
    public <T> Page<T> cut(List<T> rows, Function<T, String> position) {
        return cut(rows, position, Function.identity());
    }

    /**
     * The page of {@code rows} (read with {@link #rowsToRead()}) as items; when a row is left over,
     * the next page starts after the {@code position} of the last row on this one.
     */
    public <R, T> Page<T> cut(List<R> rows, Function<R, String> position, Function<R, T> item) {
        if (rows.size() <= limit) {
            return new Page<>(rows.stream().map(item).toList(), null);
        }
        List<R> kept = rows.subList(0, limit);
        return new Page<>(kept.stream().map(item).toList(), Cursor.encode(position.apply(kept.get(limit - 1))));
    }
}
