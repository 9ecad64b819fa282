package nl.triade.registry.http.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.KwaliteitsraadMandate;
import nl.triade.registry.domain.document.PartyConsultation;

/** Schema {@code Kwaliteitsraad}: the mandate a document is written under, with the consultations the council recorded. */
record KwaliteitsraadResponse(String agendaItem, String organisation, Instant grantedAt, List<ConsultationResponse> consultations) {

    /** Schema {@code PartyConsultation}. */
    record ConsultationResponse(String organisation, LocalDate consultedOn, String how, String recordedBy, Instant recordedAt) {
        static ConsultationResponse of(PartyConsultation consultation) {
            return new ConsultationResponse(consultation.organisation(), consultation.consultedOn(), consultation.how(),
                    consultation.recordedBy(), consultation.recordedAt());
        }
    }

    static KwaliteitsraadResponse of(KwaliteitsraadMandate mandate) {
        return new KwaliteitsraadResponse(mandate.agendaItem(), mandate.organisation(), mandate.grantedAt(),
                mandate.consultations().stream().map(ConsultationResponse::of).toList());
    }
}
