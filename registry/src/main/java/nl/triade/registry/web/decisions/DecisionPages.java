package nl.triade.registry.web.decisions;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.InvalidInputException.Violation;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.authorisation.ApprovalService;
import nl.triade.registry.domain.authorisation.ApprovalService.NewDecision;
import nl.triade.registry.domain.authorisation.Decision;
import nl.triade.registry.domain.limits.WriteKind;
import nl.triade.registry.domain.limits.WriteLimits;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.authorisation.ApprovalController;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.Refusal;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.session.WebSessions;

/**
 * The decisions pages' routes: the validation report ({@link ValidationPages}), and
 * {@code /documenten/{id}/besluit}: a board member approves or rejects exactly the frozen text.
 * The page shows the version and its fingerprint, the round so far, and the forms, which carry
 * the content hash they were shown with; the decision is the API's ({@link ApprovalService#decide},
 * under the same write limit), so a text that changed meanwhile is refused, and the page then shows
 * the new fingerprint. Whoever may not decide is told why instead of being shown a form.
 */
public final class DecisionPages {
    private static final String DECISION = "/documenten/{id}/besluit";
    private static final String VALIDATION = "/documenten/{id}/validatie";
    private static final String DECIDED = "besloten";
    private static final Set<String> FORM_FIELDS = Set.of("motivation");
    private final Pages pages;
    private final WebSessions sessions;
    private final ApprovalService approvals;
    private final WriteLimits limits;
    private final ValidationPages validation;

    public DecisionPages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.sessions = sessions;
        this.approvals = services.approvals();
        this.limits = services.limits();
        this.validation = new ValidationPages(pages, sessions, services);
    }

    public EndpointGroup routes() {
        return () -> {
            get(DECISION, pages.page(this::decision));
            post(DECISION, pages.page(this::decide));
            get(VALIDATION, pages.page(validation::report));
            post(VALIDATION, pages.page(validation::run));
        };
    }

    void decision(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String decided = ctx.queryParam(DECIDED);
        String notice = "approve".equals(decided) || "reject".equals(decided) ? decided : null;
        show(ctx, frame, me, 200, DecisionView.Form.empty(), null, notice);
    }

    void decide(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String chosen = ctx.formParam("decision");
        String motivation = Optional.ofNullable(ctx.formParam("motivation")).orElse("");
        String hash = ctx.formParam("contentHash");
        DecisionView.Form sent = new DecisionView.Form(chosen, motivation, Map.of());
        try {
            InputCheck check = new InputCheck().required("decision", chosen).required("contentHash", hash)
                    .maxLength("motivation", motivation, ApprovalController.MAX_MOTIVATION);
            Decision decision = decision(chosen, check);
            check.check();
            limits.admit(me.caller(), WriteKind.EDITS);
            approvals.decide(me.caller(), ctx.pathParam("id"), new NewDecision(decision, motivation.isBlank() ? null : motivation, hash));
            ctx.redirect("/documenten/" + encode(ctx.pathParam("id")) + "/besluit?" + DECIDED + "=" + WireNames.of(decision),
                    HttpStatus.SEE_OTHER);
        } catch (InvalidInputException refused) {
            if (!refused.violations().stream().allMatch(violation -> FORM_FIELDS.contains(violation.field()))) {
                throw refused;
            }
            Map<String, String> errors = new HashMap<>();
            for (Violation violation : refused.violations()) {
                errors.putIfAbsent(violation.field(), violation.rule().wire());
            }
            show(ctx, frame, me, 422, new DecisionView.Form(chosen, motivation, errors), null, null);
        } catch (RuleViolationException refused) {
            Refusal explained = Refusal.of(refused, frame);
            DecisionView.Refusal refusal = new DecisionView.Refusal(explained.whatKey(), explained.todoKey(),
                    refused.rule() == Rule.CONTENT_MISMATCH ? hash : null);
            show(ctx, frame, me, refused.rule().status(), sent, refusal, null);
        }
    }

    private void show(Context ctx, PageFrame frame, SignedIn me, int status, DecisionView.Form form, DecisionView.Refusal refusal,
                      String notice) {
        pages.render(ctx, frame, status, "decisions/decision.jte",
                new DecisionView(approvals.ballot(me.caller(), ctx.pathParam("id")), me.csrfToken(), form, refusal, notice));
    }

    private static Decision decision(String chosen, InputCheck check) {
        if (chosen == null) {
            return null;
        }
        try {
            return WireNames.parse(Decision.class, chosen);
        } catch (IllegalArgumentException e) {
            check.violation("decision", Rule.ENUM, "decision must be one of approve, reject");
            return null;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
