package nl.triade.registry.domain.document;

import java.util.Optional;

/** The Kwaliteitsraad's mandates and the consultations it recorded under them. */
public interface MandateRepository {
    void insert(KwaliteitsraadMandate mandate);

    /** The mandate of {@code documentId} with its consultations, by organisation. */
    Optional<KwaliteitsraadMandate> forDocument(String documentId);

    /** The document written under the mandate of agenda item {@code agendaItem}, if one was started. */
    Optional<String> documentOf(String agendaItem);

    /** Records {@code consultation} of the document, replacing an earlier record for the same organisation. */
    void recordConsultation(String documentId, PartyConsultation consultation);
}
