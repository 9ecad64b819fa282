package nl.triade.spi;

import java.util.List;
import java.util.Objects;

/**
 * The mandate under which the Kwaliteitsraad writes a document: the Register assigned an overdue
 * item of the Meerjarenagenda to the council, which then authors that item's document without the
 * three care parties, once it has recorded consulting them. A validator judging the parties
 * (Toetsingskader: partijen betrokken) may accept the council's consultations of a patient, a
 * provider and an insurer organisation in place of their authorship.
 *
 * @param organisation  slug of the Kwaliteitsraad (an organisation of kind {@code register})
 * @param agendaItem    id of the agenda item the document answers
 * @param consultations the care parties the council recorded consulting, by organisation
 * @since SPI 1.3.0
 */
public record KwaliteitsraadSnapshot(String organisation, String agendaItem, List<ConsultationSnapshot> consultations) {

    public KwaliteitsraadSnapshot {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(agendaItem, "agendaItem");
        consultations = List.copyOf(consultations);
    }
}
