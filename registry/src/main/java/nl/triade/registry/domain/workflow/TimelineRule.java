package nl.triade.registry.domain.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.Timeline;

/**
 * A tijdpad must lie ahead when the text is authorised: it promises a missing deliverable by its
 * due date, and a promise already broken must not be authorised (or reach the Register) as if it
 * still stood. Checked when the authors ask for authorisation, and again at every approval, since
 * a round can outlast a due date: an approver may then only reject, which returns the text to the
 * authors, who deliver the part or agree a new date.
 */
public final class TimelineRule {
    private TimelineRule() {
    }

    /** Refuses content with a tijdpad whose due date lies before {@code today}, naming the first in its field. */
    public static void check(DocumentContent content, LocalDate today) {
        List<Timeline> timelines = content.fields().timelines();
        List<String> overdue = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < timelines.size(); i++) {
            Timeline timeline = timelines.get(i);
            if (timeline.isOverdueOn(today)) {
                first = first < 0 ? i : first;
                overdue.add("'" + timeline.deliverable() + "' (due " + timeline.dueDate() + ")");
            }
        }
        if (first >= 0) {
            throw new RuleViolationException(Rule.TIMELINE_OVERDUE, "timelines[" + first + "].dueDate",
                    "the due date of tijdpad " + String.join(", ", overdue) + " has passed (today is " + today
                            + "); deliver it, or agree a new due date, before the text is authorised");
        }
    }
}
