package nl.triade.registry.store.document;

import nl.triade.registry.domain.document.OverdueTimelineLedger;
import nl.triade.registry.domain.document.Timeline;
import org.jdbi.v3.core.Handle;

/** Reported overdue tijdpaden in table {@code overdue_timelines}; the primary key makes a second note a no-op. */
public final class JdbiOverdueTimelineLedger implements OverdueTimelineLedger {
    private final Handle handle;

    public JdbiOverdueTimelineLedger(Handle handle) {
        this.handle = handle;
    }

    @Override
    public boolean note(String documentId, int version, Timeline timeline) {
        return handle.createUpdate("""
                        INSERT INTO overdue_timelines (document_id, version, deliverable, due_date)
                        VALUES (:documentId, :version, :deliverable, :dueDate) ON CONFLICT DO NOTHING""")
                .bind("documentId", documentId)
                .bind("version", version)
                .bind("deliverable", timeline.deliverable())
                .bind("dueDate", timeline.dueDate().toString())
                .execute() == 1;
    }

    @Override
    public boolean noted(String documentId, int version, Timeline timeline) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM overdue_timelines
                        WHERE document_id = :documentId AND version = :version AND deliverable = :deliverable AND due_date = :dueDate""")
                .bind("documentId", documentId)
                .bind("version", version)
                .bind("deliverable", timeline.deliverable())
                .bind("dueDate", timeline.dueDate().toString())
                .mapTo(Integer.class)
                .one() > 0;
    }
}
