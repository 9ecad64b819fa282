package nl.triade.registry.domain.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.submission.SubmissionHistory;

/**
 * Judges each open agenda item once its deadline has passed, whether or not anyone is online:
 * {@code met} when a linked document was submitted on or before the deadline (read in the
 * Netherlands), else {@code overdue}, with an event done by Triade itself. Run in the background on
 * the injected clock, at start and every poll interval, so a deadline that passed while the server
 * was down is judged at the next start. The status is written with the event, so an item is judged
 * once, also across restarts; due items are found through the index on open items' deadlines.
 */
public final class AgendaDeadlineWatch {
    /** At most this many items per round, so one round stays short; the next round takes the rest. */
    private static final int BATCH = 50;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public AgendaDeadlineWatch(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    /** One round; returns how many items it judged. */
    public int runOnce() {
        LocalDate today = time.today();
        List<AgendaItem> due = transactions.read(store -> store.agenda().openBefore(today, BATCH));
        int judged = 0;
        for (AgendaItem candidate : due) {
            if (transactions.write(store -> judge(store, candidate.id(), today))) {
                judged++;
            }
        }
        return judged;
    }

    /** Judges the item if it is still open past its deadline; false when someone got there first. */
    private boolean judge(Store store, String id, LocalDate today) {
        AgendaItem item = AgendaService.existing(store, id);
        if (item.status() != AgendaStatus.OPEN || !item.isPastDeadline(today)) {
            return false;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agendaItem", item.id());
        data.put("deadline", item.terms().deadline().toString());
        Optional<AgendaLink> delivered = timelySubmission(store, item, data);
        AgendaStatus status = delivered.isPresent() ? AgendaStatus.MET : AgendaStatus.OVERDUE;
        AgendaItem next = item.withStatus(status, null, time.now());
        store.agenda().update(next, item.revision());
        audit.record(store, null, null, status == AgendaStatus.MET ? EventType.AGENDA_ITEM_MET : EventType.AGENDA_ITEM_OVERDUE,
                delivered.map(AgendaLink::documentId).orElse(null), data);
        return true;
    }

    /** The first linked document submitted on or before the deadline, noting when in {@code data}. */
    private static Optional<AgendaLink> timelySubmission(Store store, AgendaItem item, Map<String, Object> data) {
        for (AgendaLink link : store.agenda().links(item.id())) {
            Optional<Instant> submitted = SubmissionHistory.firstSubmittedAt(store, link.documentId());
            if (submitted.isPresent() && !LocalDate.ofInstant(submitted.get(), TimeSource.REGISTER_ZONE).isAfter(item.terms().deadline())) {
                data.put("submittedAt", submitted.get().toString());
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }
}
