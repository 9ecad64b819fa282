package nl.triade.registry.web.work;

import io.javalin.http.Context;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.work.WorkService;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.WebServices;
import nl.triade.registry.web.session.SafeNext;
import nl.triade.registry.web.session.WebSessions;

/**
 * "My work" ({@link SafeNext#HOME}, where a person lands after signing in): what waits for the
 * person's organisation, each item linking to the page where it is done, read by
 * {@link WorkService} in one read transaction.
 */
final class MyWorkPages {
    static final String PATH = SafeNext.HOME;
    private final Pages pages;
    private final WebSessions sessions;
    private final WorkService work;

    MyWorkPages(Pages pages, WebSessions sessions, WebServices services) {
        this.pages = pages;
        this.sessions = sessions;
        this.work = services.work();
    }

    void show(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        pages.render(ctx, frame, "work/my-work.jte", new MyWorkView(work.of(me.caller()), me.caller().speaksForRegister()));
    }
}
