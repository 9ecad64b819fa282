package nl.triade.spi;

import java.util.Objects;

/**
 * The authors' motivated statement that a kind of party takes no part in a document because no
 * organisation of that kind exists in Triade. It is the recording author organisation speaking,
 * not the absent party: a validator may accept it where the Toetsingskader accepts a motivated
 * refusal, and should show it as the authors' statement.
 *
 * @param party                  {@code patient}, {@code provider} or {@code insurer}
 * @param motivation             why the party is missing
 * @param recordedByOrganisation slug of the author organisation that recorded it
 * @param recordedByAccount      id of the account that recorded it
 * @since SPI 1.2.0
 */
public record AbsenceSnapshot(String party, String motivation, String recordedByOrganisation, String recordedByAccount) {

    public AbsenceSnapshot {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(motivation, "motivation");
        Objects.requireNonNull(recordedByOrganisation, "recordedByOrganisation");
        Objects.requireNonNull(recordedByAccount, "recordedByAccount");
    }
}
