package nl.triade.registry.http.document;

import java.time.Instant;
import java.util.List;
import nl.triade.registry.domain.document.ContentChange;
import nl.triade.registry.domain.document.DiffPiece;
import nl.triade.registry.domain.document.FieldChange;
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
                          List<PieceResponse> lines, List<FieldChangeResponse> fields) {
        static ChangeResponse of(ContentChange change) {
            return new ChangeResponse(change.part(), change.key(), change.change(), ContentResponses.value(change.before()),
                    ContentResponses.value(change.after()), PieceResponse.of(change.lines()),
                    change.fields() == null ? null : change.fields().stream().map(FieldChangeResponse::of).toList());
        }
    }

    /** Schema {@code FieldChange}. */
    record FieldChangeResponse(String path, ContentChange.Kind change, Object before, Object after, List<PieceResponse> words) {
        static FieldChangeResponse of(FieldChange field) {
            return new FieldChangeResponse(field.path(), field.change(), ContentResponses.value(field.before()),
                    ContentResponses.value(field.after()), PieceResponse.of(field.words()));
        }
    }

    /** Schema {@code DiffPiece}: a line of a line diff, or a run of text of a word diff. */
    record PieceResponse(DiffPiece.Op op, String text) {
        /** Null stays null: a change without that diff. */
        static List<PieceResponse> of(List<DiffPiece> pieces) {
            return pieces == null ? null : pieces.stream().map(piece -> new PieceResponse(piece.op(), piece.text())).toList();
        }
    }
}
