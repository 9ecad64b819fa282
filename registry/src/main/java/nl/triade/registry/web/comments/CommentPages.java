package nl.triade.registry.web.comments;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.InvalidInputException.Violation;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.limits.WriteKind;
import nl.triade.registry.domain.limits.WriteLimits;
import nl.triade.registry.domain.review.Comment;
import nl.triade.registry.domain.review.CommentService;
import nl.triade.registry.domain.review.CommentService.Answer;
import nl.triade.registry.domain.review.CommentService.NewComment;
import nl.triade.registry.domain.review.CommentStatus;
import nl.triade.registry.domain.review.Disposition;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.review.CommentController;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.Refusal;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.session.WebSessions;

/**
 * {@code /documenten/{id}/secties/{sectionId}}: a section with its comment threads, and the forms
 * to comment, reply and answer. Each form is checked as the API checks its body, counted against the
 * same write limits, and handed to the same {@link CommentService} call; a refused form comes back
 * on the page with what was typed, its field errors, or the rule that refused it in plain words.
 * A sent form leads back to the page (post, redirect, get), with the focus on the comment it placed
 * or answered.
 */
public final class CommentPages {
    private static final String SECTION = "/documenten/{id}/secties/{sectionId}";
    private static final String POSTED = "geplaatst";
    private static final String ANSWERED = "beantwoord";
    private static final Set<String> FORM_FIELDS = Set.of("body", "disposition", "rationale");
    private final Pages pages;
    private final WebSessions sessions;
    private final DocumentService documents;
    private final CommentService comments;
    private final WriteLimits limits;

    public CommentPages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.sessions = sessions;
        this.documents = services.documents();
        this.comments = services.comments();
        this.limits = services.limits();
    }

    static String sectionPath(String documentId, String sectionKey) {
        return "/documenten/" + encode(documentId) + "/secties/" + encode(sectionKey);
    }

    public EndpointGroup routes() {
        return () -> {
            get(SECTION, pages.page(this::section));
            post(SECTION + "/opmerkingen", pages.page(this::comment));
            post(SECTION + "/opmerkingen/{cid}/antwoord", pages.page(this::answer));
        };
    }

    void section(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        SectionView.Notice notice = null;
        for (String kind : List.of(POSTED, ANSWERED)) {
            String comment = ctx.queryParam(kind);
            if (comment != null) {
                notice = new SectionView.Notice(kind.equals(POSTED) ? "posted" : "answered", comment);
            }
        }
        show(ctx, frame, me, 200, CommentForm.none(), null, notice);
    }

    void comment(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String replyTo = filled(ctx.formParam("replyTo"));
        String body = Optional.ofNullable(ctx.formParam("body")).orElse("");
        CommentForm sent = new CommentForm(replyTo == null ? CommentForm.NEW : CommentForm.REPLY, replyTo, body, null, "", Map.of());
        send(ctx, frame, me, sent, () -> {
            new InputCheck().required("body", body).maxLength("body", body, CommentController.MAX_BODY).check();
            limits.admit(me.caller(), WriteKind.COMMENTS);
            Comment placed = comments.post(me.caller(), ctx.pathParam("id"), new NewComment(body, ctx.pathParam("sectionId"), replyTo));
            return POSTED + "=" + encode(placed.id()) + "#comment-" + placed.id();
        });
    }

    void answer(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String commentId = ctx.pathParam("cid");
        String chosen = filled(ctx.formParam("disposition"));
        String rationale = Optional.ofNullable(ctx.formParam("rationale")).orElse("");
        CommentForm sent = new CommentForm(CommentForm.ANSWER, commentId, "", chosen, rationale, Map.of());
        send(ctx, frame, me, sent, () -> {
            InputCheck check = new InputCheck().required("disposition", chosen).required("rationale", rationale)
                    .maxLength("rationale", rationale, CommentController.MAX_BODY);
            Disposition disposition = disposition(chosen, check);
            check.check();
            limits.admit(me.caller(), WriteKind.EDITS);
            comments.answer(me.caller(), ctx.pathParam("id"), commentId, new Answer(CommentStatus.RESOLVED, disposition, rationale));
            return ANSWERED + "=" + encode(commentId) + "#comment-" + commentId;
        });
    }

    /** A form's change, done; the page again with the form kept when a field or a rule refused it. */
    private void send(Context ctx, PageFrame frame, SignedIn me, CommentForm sent, Change change) {
        try {
            String outcome = change.make();
            ctx.redirect(sectionPath(ctx.pathParam("id"), ctx.pathParam("sectionId")) + "?" + outcome, HttpStatus.SEE_OTHER);
        } catch (InvalidInputException refused) {
            if (!refused.violations().stream().allMatch(violation -> FORM_FIELDS.contains(violation.field()))) {
                throw refused;
            }
            Map<String, String> errors = new HashMap<>();
            for (Violation violation : refused.violations()) {
                errors.putIfAbsent(violation.field(), violation.rule().wire());
            }
            show(ctx, frame, me, 422, new CommentForm(sent.kind(), sent.commentId(), sent.body(), sent.disposition(),
                    sent.rationale(), errors), null, null);
        } catch (RuleViolationException refused) {
            show(ctx, frame, me, refused.rule().status(), sent, Refusal.of(refused, frame), null);
        }
    }

    /** The change a form asks for; it answers the query that leads back to the page, with its fragment. */
    @FunctionalInterface
    private interface Change {
        String make();
    }

    private void show(Context ctx, PageFrame frame, SignedIn me, int status, CommentForm form, Refusal refusal,
                      SectionView.Notice notice) {
        String id = ctx.pathParam("id");
        String key = ctx.pathParam("sectionId");
        Document document = documents.get(me.caller(), id);
        Section section = document.content().section(key).orElseThrow(() -> new NotFoundException("section", key));
        String cursor = ctx.method().name().equals("GET") ? filled(ctx.queryParam("cursor")) : null;
        Page<Comment> page = comments.list(me.caller(), id, null, key, new PageRequest(PageRequest.MAX_LIMIT, cursor));
        SectionView.Notice shown = notice != null && page.items().stream().anyMatch(comment -> comment.id().equals(notice.commentId()))
                ? notice : null;
        String next = page.next() == null ? null : sectionPath(id, key) + "?cursor=" + encode(page.next());
        String organisation = me.caller().organisation();
        boolean open = document.status() == DocumentStatus.DRAFT || document.status() == DocumentStatus.CONSULTATION;
        boolean mayComment = document.status() == DocumentStatus.CONSULTATION
                || open && document.content().participant(organisation).isPresent();
        boolean mayAnswer = open && document.content().hasAuthor(organisation);
        pages.render(ctx, frame, status, "comments/section.jte", new SectionView(id, document.content().fields().title(),
                document.status(), section, Discussion.of(page.items()), next, mayComment, mayAnswer, me.csrfToken(), form,
                refusal, shown));
    }

    private static Disposition disposition(String chosen, InputCheck check) {
        if (chosen == null) {
            return null;
        }
        try {
            return WireNames.parse(Disposition.class, chosen);
        } catch (IllegalArgumentException e) {
            check.violation("disposition", Rule.ENUM, "disposition must be one of accepted, partly-accepted, rejected");
            return null;
        }
    }

    private static String filled(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
