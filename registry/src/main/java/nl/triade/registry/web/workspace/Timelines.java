package nl.triade.registry.web.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.Revision;
import nl.triade.registry.domain.document.RevisionService;
import nl.triade.registry.domain.workflow.ConsultationCloser;
import nl.triade.registry.domain.workflow.TransitionAction;

/**
 * A document's timeline in plain words, newest first, a page at a time: its revisions as the API
 * lists them to participants ({@link RevisionService#list}), each told by what made it: a step of
 * the lifecycle (its note names the action), a consultation that closed by itself, a step that a
 * decision or the Register caused (same text, no note), or a change to the text.
 */
public final class Timelines {
    static final int PAGE = 20;
    private final RevisionService revisions;

    Timelines(RevisionService revisions) {
        this.revisions = revisions;
    }

    /** What happened to a document at one revision; {@code note} is the person's own note on a change, else null. */
    public record Entry(int number, Instant at, String organisation, String whatKey, String note) {
    }

    /** The entries of one page, newest first, and where the newer and older pages start (null: none). */
    public record Shown(List<Entry> entries, Integer newerFrom, Integer olderFrom) {
    }

    /** The page whose newest revision is {@code newest}; one older revision is read to tell a step from a change. */
    Shown shown(Caller caller, Document document, int newest) {
        int oldest = Math.max(1, newest - PAGE + 1);
        int after = Math.max(0, oldest - 2);
        List<Revision> rows = revisions.list(caller, document.id(),
                new PageRequest(newest - after, after == 0 ? null : Cursor.encode(Integer.toString(after)))).items();
        List<Entry> entries = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            Revision revision = rows.get(i);
            if (revision.number() >= oldest) {
                entries.add(entry(revision, i == 0 ? null : rows.get(i - 1)));
            }
        }
        Integer newer = newest < document.revision() ? Math.min(newest + PAGE, document.revision()) : null;
        Integer older = oldest > 1 ? oldest - 1 : null;
        return new Shown(entries, newer, older);
    }

    private static Entry entry(Revision revision, Revision before) {
        String note = revision.note();
        boolean step = note != null && Arrays.stream(TransitionAction.values()).anyMatch(action -> WireNames.of(action).equals(note));
        String what;
        if (revision.number() == 1) {
            what = "created";
        } else if (step) {
            what = note;
        } else if (ConsultationCloser.NOTE.equals(note)) {
            what = "consultation-expired";
        } else if (note == null && before != null && before.contentHash().equals(revision.contentHash())) {
            what = "status";
        } else {
            what = "changed";
        }
        boolean ownNote = note != null && !step && !ConsultationCloser.NOTE.equals(note);
        return new Entry(revision.number(), revision.at(), revision.organisation(), "workspace.timeline." + what, ownNote ? note : null);
    }
}
