package nl.triade.registry.web.workspace;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Arrays;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.DocumentSummary;
import nl.triade.registry.domain.workflow.TransitionAction;
import nl.triade.registry.domain.workflow.TransitionService;
import nl.triade.registry.http.document.QueryParams;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.session.WebSessions;
import nl.triade.registry.web.Refusal;

/**
 * The workspace of a signed-in person: the documents their organisation takes part in, and a
 * document as its participants (or, in a consultation, every account) see it, with the steps of
 * its lifecycle this person may take now. A step goes through the API's {@link TransitionService};
 * a rule that refuses it is explained on the same page ({@link Refusal}).
 */
public final class WorkspacePages {
    public static final String PATH = "/documenten";
    private static final int LIST_PAGE = 20;
    private final Pages pages;
    private final WebSessions sessions;
    private final DocumentService documents;
    private final TransitionService transitions;
    private final Timelines timelines;

    public WorkspacePages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.sessions = sessions;
        this.documents = services.documents();
        this.transitions = services.transitions();
        this.timelines = new Timelines(services.revisions());
    }

    /** The workspace's pages and its one form; called inside the web interface's URL tree. */
    public void routes() {
        get(PATH, pages.page(this::list));
        get(PATH + "/{id}", pages.page(this::document));
        post(PATH + "/{id}/stap", pages.page(this::step));
    }

    void list(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String cursor = ctx.queryParam("cursor");
        DocumentQuery ours = new DocumentQuery(null, null, null, me.caller().organisation(), null, null, null, null, false);
        Page<DocumentSummary> found = documents.list(me.caller(), ours,
                new PageRequest(LIST_PAGE, cursor == null || cursor.isBlank() ? null : cursor));
        pages.render(ctx, frame, "workspace/documents.jte", new DocumentsView(found.items(), cursor != null, found.next()));
    }

    void document(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        Document document = documents.get(me.caller(), ctx.pathParam("id"));
        String done = ctx.queryParam("gedaan");
        TransitionAction notice = done == null ? null : Arrays.stream(TransitionAction.values())
                .filter(action -> WireNames.of(action).equals(done)).findFirst().orElse(null);
        show(ctx, frame, me, document, 200, StepForm.empty().withNotice(notice));
    }

    /** One step of the lifecycle; on success back to the document (303), else the page again with why not. */
    void step(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String id = ctx.pathParam("id");
        TransitionAction action = action(ctx.formParam("action"));
        StepForm form = StepForm.sent(action, ctx.formParam("closesOn"), ctx.formParam("confirm") != null);
        if (form.error() != null) {
            show(ctx, frame, me, documents.get(me.caller(), id), 422, form);
            return;
        }
        try {
            transitions.transition(me.caller(), id, action, closingMoment(form));
        } catch (RuleViolationException refused) {
            show(ctx, frame, me, documents.get(me.caller(), id), refused.rule().status(), form.refused(Refusal.of(refused, frame)));
            return;
        } catch (InvalidInputException invalid) {
            show(ctx, frame, me, documents.get(me.caller(), id), 422, form.invalid(invalid.violations().get(0).rule()));
            return;
        }
        ctx.redirect(PATH + "/" + id + "?gedaan=" + WireNames.of(action), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, PageFrame frame, SignedIn me, Document document, int status, StepForm form) {
        String from = ctx.queryParam("tijdlijn");
        int newestShown = from == null ? document.revision() : QueryParams.positive("tijdlijn", from);
        Timelines.Shown timeline = DocumentAccess.isInsider(me.caller(), document)
                ? timelines.shown(me.caller(), document, Math.min(newestShown, document.revision())) : null;
        pages.render(ctx, frame, status, "workspace/document.jte", new WorkspaceView(document, me.csrfToken(),
                transitions.available(me.caller(), document), DocumentAccess.canEdit(me.caller(), document),
                transitions.earliestClosingDay(), timeline, form));
    }

    /** A consultation closes at the end of the chosen day in the Netherlands. */
    private static Instant closingMoment(StepForm form) {
        if (form.action() != TransitionAction.OPEN_CONSULTATION) {
            return null;
        }
        return ClosingDay.parse(form.closesOn()).orElseThrow().plusDays(1).atStartOfDay(TimeSource.REGISTER_ZONE).toInstant();
    }

    /** The action a step's form names; a form the page did not make is refused, naming the field and rule, as the API does. */
    private static TransitionAction action(String wire) {
        if (wire == null || wire.isBlank()) {
            throw new InvalidInputException("action", Rule.REQUIRED, "a step names its action");
        }
        try {
            return WireNames.parse(TransitionAction.class, wire);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", Rule.ENUM, "action must be one of the lifecycle's actions");
        }
    }
}
