package nl.triade.registry.store.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.document.KwaliteitsraadMandate;
import nl.triade.registry.domain.document.MandateRepository;
import nl.triade.registry.domain.document.PartyConsultation;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** Mandates in table {@code kwaliteitsraad_mandates}, their consultations in {@code party_consultations}. */
public final class JdbiMandateRepository implements MandateRepository {
    private final Handle handle;

    public JdbiMandateRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(KwaliteitsraadMandate mandate) {
        handle.createUpdate("""
                        INSERT INTO kwaliteitsraad_mandates (document_id, agenda_item, organisation, granted_at)
                        VALUES (:documentId, :agendaItem, :organisation, :grantedAt)""")
                .bind("documentId", mandate.documentId())
                .bind("agendaItem", mandate.agendaItem())
                .bind("organisation", mandate.organisation())
                .bind("grantedAt", Timestamps.format(mandate.grantedAt()))
                .execute();
    }

    @Override
    public Optional<KwaliteitsraadMandate> forDocument(String documentId) {
        List<PartyConsultation> consultations = handle.createQuery("""
                        SELECT * FROM party_consultations WHERE document_id = :documentId ORDER BY organisation""")
                .bind("documentId", documentId)
                .map((row, context) -> new PartyConsultation(row.getString("organisation"),
                        LocalDate.parse(row.getString("consulted_on")), row.getString("how"), row.getString("recorded_by"),
                        Timestamps.parse(row.getString("recorded_at"))))
                .list();
        return handle.createQuery("SELECT * FROM kwaliteitsraad_mandates WHERE document_id = :documentId")
                .bind("documentId", documentId)
                .map((row, context) -> new KwaliteitsraadMandate(row.getString("document_id"), row.getString("agenda_item"),
                        row.getString("organisation"), Timestamps.parse(row.getString("granted_at")), consultations))
                .findOne();
    }

    @Override
    public Optional<String> documentOf(String agendaItem) {
        return handle.createQuery("SELECT document_id FROM kwaliteitsraad_mandates WHERE agenda_item = :agendaItem")
                .bind("agendaItem", agendaItem)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public void recordConsultation(String documentId, PartyConsultation consultation) {
        handle.createUpdate("""
                        INSERT INTO party_consultations (document_id, organisation, consulted_on, how, recorded_by, recorded_at)
                        VALUES (:documentId, :organisation, :consultedOn, :how, :recordedBy, :recordedAt)
                        ON CONFLICT (document_id, organisation) DO UPDATE SET consulted_on = excluded.consulted_on,
                            how = excluded.how, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .bind("documentId", documentId)
                .bind("organisation", consultation.organisation())
                .bind("consultedOn", consultation.consultedOn().toString())
                .bind("how", consultation.how())
                .bind("recordedBy", consultation.recordedBy())
                .bind("recordedAt", Timestamps.format(consultation.recordedAt()))
                .execute();
    }
}
