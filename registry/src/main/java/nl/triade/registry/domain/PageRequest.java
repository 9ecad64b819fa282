package nl.triade.registry.domain;

/**
 * Which page of a list the caller wants: at most {@code limit} items after {@code cursor}
 * (null for the first page). Limits are checked here so every list obeys the same bounds.
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
}
