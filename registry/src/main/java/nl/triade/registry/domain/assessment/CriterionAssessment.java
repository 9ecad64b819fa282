package nl.triade.registry.domain.assessment;

import java.time.Instant;
import nl.triade.registry.domain.framework.Criterion;

/** One criterion of a submission as the Register assessed it last: by which account of which organisation, when. */
public record CriterionAssessment(Criterion criterion, CriterionResult result, String note, String assessedBy,
                                  String organisation, Instant assessedAt) {
}
