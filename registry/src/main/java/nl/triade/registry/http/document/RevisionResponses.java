package nl.triade.registry.http.document;

import java.time.Instant;
import java.util.List;
import nl.triade.registry.domain.document.ContentChange;
import nl.triade.registry.domain.document.DiffLine;
import nl.triade.registry.domain.document.Revision;
import nl.triade.registry.domain.document.RevisionService;
import nl.triade.registry.domain.document.RevisionSnapshot;
import nl.triade.registry.http.document.DocumentResponses.ContentResponse;

/** Revisions and the differences between them, named like the spec's schemas. */
final class RevisionResponses {
    private RevisionResponses() {
    }

    /** Schema {@code Revision}. */
    record RevisionResponse(int number, String contentHash, String author, String organisation, Instant at, String note) {
        static RevisionResponse of(Revision revision) {
            return new RevisionResponse(revision.number(), revision.contentHash(), revision.author(), revision.organisation(),
                    revision.at(), revision.note());
        }
    }

    /** Schema {@code RevisionDetail}. */
    record RevisionDetail(int number, String contentHash, String author, String organisation, Instant at, String note,
                          ContentResponse content) {
        static RevisionDetail of(RevisionSnapshot snapshot) {
            Revision revision = snapshot.revision();
            return new RevisionDetail(revision.number(), revision.contentHash(), revision.author(), revision.organisation(),
                    revision.at(), revision.note(), ContentResponse.of(snapshot.content()));
        }
    }

    /** Schema {@code Diff}. */
    record DiffResponse(int revision, int against, List<ChangeResponse> changes) {
        static DiffResponse of(RevisionService.Diff diff) {
            return new DiffResponse(diff.revision(), diff.against(), diff.changes().stream().map(ChangeResponse::of).toList());
        }
    }

    /** Schema {@code Change}: the values before and after in the spelling of their own schemas. */
    record ChangeResponse(ContentChange.Part part, String key, ContentChange.Kind change, Object before, Object after,
                          List<LineResponse> lines) {
        static ChangeResponse of(ContentChange change) {
            return new ChangeResponse(change.part(), change.key(), change.change(), ContentResponses.value(change.before()),
                    ContentResponses.value(change.after()),
                    change.lines() == null ? null : change.lines().stream().map(LineResponse::of).toList());
        }
    }

    /** One line of a line diff. */
    record LineResponse(DiffLine.Op op, String text) {
        static LineResponse of(DiffLine line) {
            return new LineResponse(line.op(), line.text());
        }
    }
}
