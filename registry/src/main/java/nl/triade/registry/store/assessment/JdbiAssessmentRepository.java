package nl.triade.registry.store.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.assessment.AssessmentRepository;
import nl.triade.registry.domain.assessment.CriterionAssessment;
import nl.triade.registry.domain.assessment.CriterionResult;
import nl.triade.registry.domain.assessment.Referral;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** Assessments in table {@code criterion_assessments} (one row per criterion), referrals in {@code minister_referrals}. */
public final class JdbiAssessmentRepository implements AssessmentRepository {
    private final Handle handle;

    public JdbiAssessmentRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void record(String submissionId, CriterionAssessment assessment) {
        handle.createUpdate("""
                        INSERT INTO criterion_assessments (submission_id, criterion, result, note, assessed_by, organisation, assessed_at)
                        VALUES (:submissionId, :criterion, :result, :note, :assessedBy, :organisation, :assessedAt)
                        ON CONFLICT (submission_id, criterion) DO UPDATE SET result = excluded.result, note = excluded.note,
                            assessed_by = excluded.assessed_by, organisation = excluded.organisation, assessed_at = excluded.assessed_at""")
                .bind("submissionId", submissionId)
                .bind("criterion", assessment.criterion().id())
                .bind("result", WireNames.of(assessment.result()))
                .bind("note", assessment.note())
                .bind("assessedBy", assessment.assessedBy())
                .bind("organisation", assessment.organisation())
                .bind("assessedAt", Timestamps.format(assessment.assessedAt()))
                .execute();
    }

    @Override
    public List<CriterionAssessment> of(String submissionId) {
        return handle.createQuery("SELECT * FROM criterion_assessments WHERE submission_id = :submissionId")
                .bind("submissionId", submissionId)
                .map((row, context) -> new CriterionAssessment(criterion(row.getString("criterion")),
                        WireNames.parse(CriterionResult.class, row.getString("result")), row.getString("note"),
                        row.getString("assessed_by"), row.getString("organisation"), Timestamps.parse(row.getString("assessed_at"))))
                .list().stream().sorted(Comparator.comparing(CriterionAssessment::criterion)).toList();
    }

    @Override
    public void refer(String submissionId, Referral referral) {
        handle.createUpdate("""
                        INSERT INTO minister_referrals (submission_id, reason, referred_by, organisation, referred_at)
                        VALUES (:submissionId, :reason, :referredBy, :organisation, :referredAt)""")
                .bind("submissionId", submissionId)
                .bind("reason", referral.reason())
                .bind("referredBy", referral.referredBy())
                .bind("organisation", referral.organisation())
                .bind("referredAt", Timestamps.format(referral.referredAt()))
                .execute();
    }

    @Override
    public Optional<Referral> referral(String submissionId) {
        return handle.createQuery("SELECT * FROM minister_referrals WHERE submission_id = :submissionId")
                .bind("submissionId", submissionId)
                .map((row, context) -> new Referral(row.getString("reason"), row.getString("referred_by"),
                        row.getString("organisation"), Timestamps.parse(row.getString("referred_at"))))
                .findOne();
    }

    private static Criterion criterion(String id) {
        return Criterion.byId(id).orElseThrow(() -> new IllegalStateException("stored assessment of unknown criterion " + id));
    }
}
