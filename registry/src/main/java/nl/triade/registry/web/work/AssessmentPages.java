package nl.triade.registry.web.work;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.assessment.AssessmentService;
import nl.triade.registry.domain.assessment.AssessmentSheet;
import nl.triade.registry.domain.assessment.CriterionResult;
import nl.triade.registry.domain.assessment.Outcome;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.DocumentSummary;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.domain.limits.WriteKind;
import nl.triade.registry.domain.limits.WriteLimits;
import nl.triade.registry.domain.submission.Submission;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.Refusal;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.session.WebSessions;

/**
 * The Register's assessment pages: the submissions awaiting its decision, and one submission's
 * criteria with the forms to assess each and to decide. Everything goes through
 * {@link AssessmentService}, as {@code PUT …/assessment/{criterion}} and {@code POST …/outcome} do,
 * with the API's limits: whoever the API refuses, these pages refuse alike. A form the domain
 * refuses (a decision before every criterion is assessed, a submission still being delivered)
 * comes back with the rule explained; a form with a missing or too long field, with the error next
 * to it. Both keep what was typed.
 */
final class AssessmentPages {
    static final String PATH = "/beoordeling";
    private static final int LIST_PAGE = 20;
    /** The API's bounds on the same fields ({@code http/assessment/AssessmentController}). */
    private static final int MAX_TEXT = 5000;
    private static final int MAX_REFERENCE = 200;
    private static final Set<String> NOTICES = Set.of("assessed", "decided");
    private final Pages pages;
    private final WebSessions sessions;
    private final AssessmentService assessments;
    private final DocumentService documents;
    private final WriteLimits limits;

    AssessmentPages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.sessions = sessions;
        this.assessments = services.assessments();
        this.documents = services.documents();
        this.limits = services.limits();
    }

    void list(Context ctx, PageFrame frame) {
        Caller caller = sessions.required(ctx).caller();
        String cursor = filled(ctx.queryParam("cursor"));
        Page<Submission> awaiting = assessments.awaiting(caller, new PageRequest(LIST_PAGE, cursor));
        Map<String, String> titles = submittedTitles(caller);
        List<AssessmentList.Row> rows = awaiting.items().stream().map(submission -> new AssessmentList.Row(submission.id(),
                submission.documentId(), titles.getOrDefault(submission.documentId(), submission.documentId()),
                submission.createdAt(), WireNames.of(submission.state()))).toList();
        pages.render(ctx, frame, "work/assessments.jte", new AssessmentList(rows, cursor == null ? null : PATH,
                awaiting.next() == null ? null : PATH + "?cursor=" + URLEncoder.encode(awaiting.next(), StandardCharsets.UTF_8)));
    }

    void sheet(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String notice = ctx.queryParam("melding");
        pages.render(ctx, frame, "work/assessment.jte", view(me, ctx.pathParam("sid"), null, AssessmentView.DecisionForm.EMPTY,
                null, notice != null && NOTICES.contains(notice) ? notice : null));
    }

    void assess(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String submission = ctx.pathParam("sid");
        String criterion = ctx.pathParam("criterion");
        String result = field(ctx, "result");
        String note = field(ctx, "note");
        Map<String, String> errors = new LinkedHashMap<>();
        CriterionResult parsed = choice(CriterionResult.class, "result", result, errors);
        tooLong("note", note, MAX_TEXT, errors);
        AssessmentView.CriterionForm form = new AssessmentView.CriterionForm(criterion, result, note, errors);
        if (!errors.isEmpty()) {
            pages.render(ctx, frame, 422, "work/assessment.jte", view(me, submission, form, AssessmentView.DecisionForm.EMPTY, null, null));
            return;
        }
        limits.admit(me.caller(), WriteKind.EDITS);
        try {
            assessments.assess(me.caller(), submission, criterion, parsed, note.isBlank() ? null : note);
        } catch (RuleViolationException refused) {
            pages.render(ctx, frame, refused.rule().status(), "work/assessment.jte", view(me, submission, form,
                    AssessmentView.DecisionForm.EMPTY, Refusal.of(refused, frame), null));
            return;
        }
        ctx.redirect(PATH + "/" + submission + "?melding=assessed#criterion-" + criterion, HttpStatus.SEE_OTHER);
    }

    void decide(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String submission = ctx.pathParam("sid");
        String outcome = field(ctx, "outcome");
        String reference = field(ctx, "registerReference");
        String reason = field(ctx, "reason");
        Map<String, String> errors = new LinkedHashMap<>();
        Outcome parsed = choice(Outcome.class, "outcome", outcome, errors);
        tooLong("registerReference", reference, MAX_REFERENCE, errors);
        tooLong("reason", reason, MAX_TEXT, errors);
        AssessmentView.DecisionForm form = new AssessmentView.DecisionForm(outcome, reference, reason, errors);
        if (!errors.isEmpty()) {
            pages.render(ctx, frame, 422, "work/assessment.jte", view(me, submission, null, form, null, null));
            return;
        }
        limits.admit(me.caller(), WriteKind.EDITS);
        try {
            assessments.decide(me.caller(), submission, parsed, reference.isBlank() ? null : reference.strip(),
                    reason.isBlank() ? null : reason);
        } catch (RuleViolationException refused) {
            pages.render(ctx, frame, refused.rule().status(), "work/assessment.jte", view(me, submission, null, form,
                    Refusal.of(refused, frame), null));
            return;
        }
        ctx.redirect(PATH + "/" + submission + "?melding=decided", HttpStatus.SEE_OTHER);
    }

    private AssessmentView view(SignedIn me, String submissionId, AssessmentView.CriterionForm criterionForm,
                                AssessmentView.DecisionForm decisionForm, Refusal refusal, String notice) {
        AssessmentSheet sheet = assessments.sheet(me.caller(), submissionId);
        Submission submission = sheet.submission();
        List<AssessmentView.Line> lines = sheet.criteria().stream().map(line -> line.assessment() == null
                ? new AssessmentView.Line(line.criterion().id(), line.criterion().dutchTitle(), null, null, null)
                : new AssessmentView.Line(line.criterion().id(), line.criterion().dutchTitle(), WireNames.of(line.assessment().result()),
                        line.assessment().note(), line.assessment().assessedAt())).toList();
        boolean decidable = me.caller().speaksForRegister() && sheet.outcome() != Outcome.REGISTERED
                && sheet.outcome() != Outcome.NOT_REGISTERED;
        return new AssessmentView(submission.id(), submission.documentId(), title(me.caller(), submission.documentId()),
                sheet.framework().title(), sheet.submittedOn(), submission.revision(), submission.contentHash(),
                WireNames.of(submission.state()), lines,
                sheet.referral() == null ? null : new AssessmentView.Referral(sheet.referral().reason(), sheet.referral().referredAt()),
                sheet.outcome() == null ? null : WireNames.of(sheet.outcome()), sheet.unmet().stream().map(Criterion::id).toList(),
                decidable ? me.csrfToken() : null, criterionForm, decisionForm, refusal, notice);
    }

    /**
     * The titles of the submitted documents, read once for the whole list rather than a document
     * each; a document beyond the first {@link PageRequest#MAX_LIMIT} shows its id.
     */
    private Map<String, String> submittedTitles(Caller caller) {
        DocumentQuery submitted = new DocumentQuery(null, DocumentStatus.SUBMITTED, null, null, null, null, null, null, false);
        return documents.list(caller, submitted, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title, (a, b) -> a));
    }

    /** The document's title; once revised into a draft the Register no longer reads it, and its id stands in. */
    private String title(Caller caller, String documentId) {
        try {
            return documents.get(caller, documentId).content().fields().title();
        } catch (NotFoundException unreadable) {
            return documentId;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String value, Map<String, String> errors) {
        if (value.isBlank()) {
            errors.put(name, "required");
            return null;
        }
        Map<String, E> byWire = java.util.Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(WireNames::of, Function.identity()));
        E parsed = byWire.get(value);
        if (parsed == null) {
            errors.put(name, "enum");
        }
        return parsed;
    }

    private static void tooLong(String name, String value, int max, Map<String, String> errors) {
        if (value.codePointCount(0, value.length()) > max) {
            errors.put(name, "max-length");
        }
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    private static String filled(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
