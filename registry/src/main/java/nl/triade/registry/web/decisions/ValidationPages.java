package nl.triade.registry.web.decisions;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.limits.WriteKind;
import nl.triade.registry.domain.limits.WriteLimits;
import nl.triade.registry.domain.validation.ValidationService;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.session.WebSessions;

/**
 * {@code /documenten/{id}/validatie}: the newest validation report in plain words, for those the
 * API shows it to, and the button to run the validators again for those the API lets run them,
 * through the same {@link ValidationService#run} under the same write limit.
 */
final class ValidationPages {
    private static final String CHECKED = "gecontroleerd";
    private final Pages pages;
    private final WebSessions sessions;
    private final ValidationService validations;
    private final WriteLimits limits;

    ValidationPages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.sessions = sessions;
        this.validations = services.validations();
        this.limits = services.limits();
    }

    void report(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        pages.render(ctx, frame, "decisions/validation.jte", ValidationView.of(validations.reading(me.caller(), ctx.pathParam("id")),
                me.csrfToken(), ctx.queryParam(CHECKED) != null));
    }

    void run(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        limits.admit(me.caller(), WriteKind.VALIDATIONS);
        validations.run(me.caller(), ctx.pathParam("id"));
        ctx.redirect("/documenten/" + DecisionPages.encode(ctx.pathParam("id")) + "/validatie?" + CHECKED + "=ja", HttpStatus.SEE_OTHER);
    }
}
