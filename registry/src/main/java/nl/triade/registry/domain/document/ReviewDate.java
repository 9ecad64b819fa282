package nl.triade.registry.domain.document;

import java.time.Instant;
import java.time.LocalDate;
import nl.triade.registry.domain.TimeSource;

/**
 * When a registered edition is due for review: the content's own {@code reviewBy} where it names
 * one (the authors' commitment, which the Register accepted with the content), otherwise the day of
 * registration in the Netherlands plus the onderhoudsplan's {@code reviewIntervalMonths}. Content
 * with neither has no review date and does not expire.
 */
public final class ReviewDate {
    private ReviewDate() {
    }

    public static LocalDate of(DocumentFields fields, Instant registeredAt) {
        if (fields.reviewBy() != null) {
            return fields.reviewBy();
        }
        MaintenancePlan plan = fields.maintenancePlan();
        if (plan == null || plan.reviewIntervalMonths() <= 0) {
            return null;
        }
        return TimeSource.registerDate(registeredAt).plusMonths(plan.reviewIntervalMonths());
    }
}
