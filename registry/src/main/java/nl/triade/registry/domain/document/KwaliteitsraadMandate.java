package nl.triade.registry.domain.document;

import java.time.Instant;
import java.util.List;

/**
 * The Kwaliteitsraad's licence to author one document without the three care parties: granted
 * when the Register assigned agenda item {@code agendaItem} to the council {@code organisation},
 * and used only for this document. The rule it replaces (patients, providers and insurers author
 * together) becomes: the council records that it consulted them ({@code consultations}).
 */
public record KwaliteitsraadMandate(String documentId, String agendaItem, String organisation, Instant grantedAt,
                                    List<PartyConsultation> consultations) {
    public KwaliteitsraadMandate {
        consultations = List.copyOf(consultations);
    }
}
