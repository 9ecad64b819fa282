package nl.triade.registry.domain.document;

/** An organisation's part in one document; {@code motivation} is set only when it declined. */
public record Participant(String organisation, ParticipantRole role, String motivation) {
}
