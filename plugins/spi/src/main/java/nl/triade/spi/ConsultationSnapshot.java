package nl.triade.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Kwaliteitsraad's record that it consulted a care-party organisation for the document it
 * writes under a mandate (see {@link KwaliteitsraadSnapshot}).
 *
 * @param organisation     slug of the consulted organisation
 * @param organisationKind {@code patient}, {@code provider} or {@code insurer}
 * @param consultedOn      the day of the consultation
 * @param how              how it was consulted, in the council's words
 * @since SPI 1.3.0
 */
public record ConsultationSnapshot(String organisation, String organisationKind, LocalDate consultedOn, String how) {

    public ConsultationSnapshot {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(organisationKind, "organisationKind");
        Objects.requireNonNull(consultedOn, "consultedOn");
        Objects.requireNonNull(how, "how");
    }
}
