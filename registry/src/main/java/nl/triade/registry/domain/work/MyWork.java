package nl.triade.registry.domain.work;

import nl.triade.registry.domain.work.WorkItems.AwaitingAnswer;
import nl.triade.registry.domain.work.WorkItems.AwaitingDecision;
import nl.triade.registry.domain.work.WorkItems.OpenConsultation;
import nl.triade.registry.domain.work.WorkItems.OverdueTijdpad;

/**
 * What waits for one person's organisation. {@code decides} says whether the person decides
 * authorisations for it (an org-admin); for anyone else {@code decisions} is empty.
 */
public record MyWork(Bounded<AwaitingAnswer> comments, Bounded<AwaitingDecision> decisions, boolean decides,
                     Bounded<OpenConsultation> consultations, Bounded<OverdueTijdpad> overdue) {
}
