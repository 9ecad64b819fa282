package nl.triade.registry.domain.document;

import java.time.LocalDate;

/** Tijdpad: a deliverable that is still missing, with the date by which it will be there. */
public record Timeline(String deliverable, LocalDate dueDate, String description) {
}
