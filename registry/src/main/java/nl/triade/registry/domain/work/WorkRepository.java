package nl.triade.registry.domain.work;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.work.WorkItems.AwaitingAnswer;
import nl.triade.registry.domain.work.WorkItems.AwaitingDecision;
import nl.triade.registry.domain.work.WorkItems.OpenConsultation;
import nl.triade.registry.domain.work.WorkItems.OverdueTijdpad;

/**
 * The queries of "my work", each over one organisation and answered by its indexes (participants by
 * organisation, open comments by document), each returning at most {@code rows} rows.
 */
public interface WorkRepository {
    /** How much of a comment's body a row carries. */
    int EXCERPT = 200;

    /** Open comments on drafts and consultations {@code organisation} authors, oldest first. */
    List<AwaitingAnswer> awaitingAnswer(String organisation, int rows);

    /** Documents in authorisation {@code organisation} authors without its decision on the frozen revision, longest waiting first. */
    List<AwaitingDecision> awaitingDecision(String organisation, int rows);

    /**
     * Documents in consultation whose condition equals, ignoring case and surrounding spaces, a
     * condition one of {@code organisation}'s subscriptions follows; closing soonest first.
     */
    List<OpenConsultation> consultationsFollowed(String organisation, int rows);

    /** Tijdpaden due before {@code today} of editions in force or expired of documents {@code organisation} authors, earliest first. */
    List<OverdueTijdpad> overdueTijdpaden(String organisation, LocalDate today, int rows);
}
