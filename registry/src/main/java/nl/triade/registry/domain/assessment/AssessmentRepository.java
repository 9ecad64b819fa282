package nl.triade.registry.domain.assessment;

import java.util.List;
import java.util.Optional;

/** The Register's assessments of submissions and its referrals to the minister. */
public interface AssessmentRepository {
    /** Records {@code assessment} of a criterion of the submission, in place of an earlier one of that criterion. */
    void record(String submissionId, CriterionAssessment assessment);

    /** The submission's assessed criteria, in catalogue order. */
    List<CriterionAssessment> of(String submissionId);

    void refer(String submissionId, Referral referral);

    Optional<Referral> referral(String submissionId);
}
