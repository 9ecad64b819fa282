package nl.triade.registry.web.workspace;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.workflow.TransitionAction;

/**
 * A document as the workspace page shows it to one person: the document, the steps of its
 * lifecycle this person may take now ({@code actions}), whether they may edit its sections, the
 * first day a consultation opened now may close, the timeline (null for those who may not read
 * the document's revisions, as in the API) and the step form as sent.
 */
public record WorkspaceView(Document document, String csrf, List<TransitionAction> actions, boolean mayEdit,
                            LocalDate earliestClosingDay, Timelines.Shown timeline, StepForm form) {

    public WorkspaceView {
        actions = List.copyOf(actions);
    }

    public DocumentContent content() {
        return document.content();
    }

    public String url() {
        return WorkspacePages.PATH + "/" + document.id();
    }

    public String sectionUrl(String key) {
        return url() + "/secties/" + key;
    }

    public String editUrl(String key) {
        return sectionUrl(key) + "/bewerken";
    }

    public String timelineUrl(int from) {
        return url() + "?tijdlijn=" + from + "#timeline";
    }

    /** The text key of what happens next, by status: who must do what. */
    public String nextKey() {
        return "workspace.next." + WireNames.of(document.status());
    }

    /** The day a consultation closes by itself, shown as its last day in the Netherlands; null outside a consultation. */
    public LocalDate consultationLastDay() {
        if (document.status() != DocumentStatus.CONSULTATION || document.workflow().consultationClosesAt() == null) {
            return null;
        }
        return TimeSource.registerDate(document.workflow().consultationClosesAt().minusMillis(1));
    }

    /** The closing day the form shows: as typed, or the earliest allowed. */
    public String closesOnValue() {
        return form.action() == TransitionAction.OPEN_CONSULTATION && form.closesOn() != null ? form.closesOn() : ClosingDay.shown(earliestClosingDay);
    }

    public boolean offers(TransitionAction action) {
        return actions.contains(action);
    }

    /** The actions offered as a plain button, without a field of their own. */
    public List<TransitionAction> plainActions() {
        return actions.stream().filter(action -> action != TransitionAction.OPEN_CONSULTATION && action != TransitionAction.WITHDRAW).toList();
    }

    public String actionWire(TransitionAction action) {
        return WireNames.of(action);
    }
}
