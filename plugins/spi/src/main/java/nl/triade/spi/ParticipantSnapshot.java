package nl.triade.spi;

import java.util.Objects;

/**
 * An organisation's part in a document.
 *
 * @param organisation     the organisation's slug
 * @param organisationKind {@code patient}, {@code provider}, {@code insurer} or {@code register}
 * @param role             {@code author}, {@code commenter} or {@code declined}
 * @param motivation       why a {@code declined} organisation did not take part; null otherwise
 */
public record ParticipantSnapshot(String organisation, String organisationKind, String role, String motivation) {

    public ParticipantSnapshot {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(organisationKind, "organisationKind");
        Objects.requireNonNull(role, "role");
    }
}
