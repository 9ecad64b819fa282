package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;

/** An organisation's part in one document; {@code motivation} is set only when it declined. */
public record Participant(@CanonicalJson.Name("organisation") String organisation,
                          @CanonicalJson.Name("role") ParticipantRole role,
                          @CanonicalJson.Name("motivation") String motivation) {
}
