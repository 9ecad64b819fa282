package nl.triade.spi;

import java.time.LocalDate;

/**
 * A tijdpad: a deliverable that is still missing, with its due date.
 *
 * @param deliverable what is missing, e.g. {@code cliëntenversie}
 * @param dueDate     when it will be there
 * @param description more detail, or null
 */
public record TimelineSnapshot(String deliverable, LocalDate dueDate, String description) {
}
