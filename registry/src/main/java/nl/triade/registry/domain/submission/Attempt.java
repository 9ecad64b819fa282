package nl.triade.registry.domain.submission;

import java.time.Instant;

/** One delivery attempt and what came of it ({@code delivered}, {@code retry} or {@code permanent-failure}). */
public record Attempt(int number, Instant at, String outcome, String detail) {
}
