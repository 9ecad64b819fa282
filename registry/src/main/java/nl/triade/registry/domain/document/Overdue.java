package nl.triade.registry.domain.document;

/**
 * What a registered document may be overdue with ({@code GET /documents?overdue=…}): a tijdpad
 * whose due date has passed ({@code tijdpad}), or an edition past its review date ({@code review}).
 */
public enum Overdue {
    TIJDPAD, REVIEW
}
