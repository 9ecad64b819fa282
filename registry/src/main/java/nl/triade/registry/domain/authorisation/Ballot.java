package nl.triade.registry.domain.authorisation;

import java.util.List;
import nl.triade.registry.domain.document.Document;

/**
 * What a board member needs to decide on a document, read in one transaction: the document with
 * its frozen revision and hash (none outside a round), the decisions of the current round, the
 * names of the author organisations whose decision the round still awaits, the reader's
 * {@link Standing}, and the revision to compare the frozen text with ({@code comparedWith},
 * 0 when there is none): the text of the previous round or the last registered edition, whichever
 * is later, else the document's first revision.
 */
public record Ballot(Document document, List<CastDecision> round, List<String> awaited, Standing standing, int comparedWith) {
    public Ballot {
        round = List.copyOf(round);
        awaited = List.copyOf(awaited);
    }

    /** One decision of the round, with the names of its organisation and, for insiders of the document, of its person (else null). */
    public record CastDecision(Approval approval, String organisationName, String accountName) {
    }
}
