package nl.triade.registry.web;

import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import nl.triade.registry.domain.account.PasswordLinkService;
import nl.triade.registry.domain.account.SignInService;
import nl.triade.registry.http.Frontend;
import nl.triade.registry.http.Requests;
import nl.triade.registry.web.comments.CommentPages;
import nl.triade.registry.web.decisions.DecisionPages;
import nl.triade.registry.web.editing.EditingPages;
import nl.triade.registry.web.session.SignInPaths;
import nl.triade.registry.web.session.WebSessions;
import nl.triade.registry.web.signin.SignInPages;
import nl.triade.registry.web.work.WorkPages;
import nl.triade.registry.web.workspace.WorkspacePages;

/**
 * The web interface's URL tree, and its error pages for requests a browser makes outside the API:
 * an unknown page is a page that says so, in the visitor's language. Every form sent to it passes
 * the CSRF check of {@link WebSessions#admitsForm} first; a refused one is a {@code 403} page.
 */
public final class WebFront implements Frontend {
    private final Pages pages;
    private final Assets assets;
    private final WebSessions sessions;
    private final SignInPages signIn;
    private final RegisterPages register;
    private final Handler editionReportCsv;
    /** The routes of each group of pages after sign-in and the register (web/work, web/comments, …), in their own packages. */
    private final List<EndpointGroup> groups;

    private WebFront(Pages pages, Assets assets, WebSessions sessions, SignInPages signIn, RegisterPages register,
                     Handler editionReportCsv, List<EndpointGroup> groups) {
        this.pages = pages;
        this.assets = assets;
        this.sessions = sessions;
        this.signIn = signIn;
        this.register = register;
        this.editionReportCsv = editionReportCsv;
        this.groups = List.copyOf(groups);
    }

    /**
     * The pages, on the domain services the API uses; {@code editionReportCsv} is the API's own
     * CSV answer of an edition's consultation report, for the download link.
     */
    public static WebFront create(SignInService signIns, PasswordLinkService passwordLinks, String publicUrl,
                                  WebServices services, Handler editionReportCsv) {
        Assets assets = Assets.load();
        WebSessions sessions = new WebSessions(signIns, publicUrl);
        Pages pages = new Pages(assets, sessions);
        return new WebFront(pages, assets, sessions, new SignInPages(pages, sessions, passwordLinks, services.limits(), publicUrl),
                new RegisterPages(pages, services), editionReportCsv, List.of(
                        new WorkPages(pages, sessions, services).routes(),
                        new CommentPages(pages, sessions, services).routes(),
                        new DecisionPages(pages, sessions, services).routes(),
                        new EditingPages(pages, sessions, services).routes(),
                        new WorkspacePages(pages, sessions, services)::routes));
    }

    @Override
    public EndpointGroup routes() {
        return () -> {
            before(this::guardForm);
            get("/", pages.page((ctx, frame) -> pages.render(ctx, frame, "home.jte")));
            get("/assets/{file}", assets::serve);
            get(SignInPaths.SIGN_IN, pages.page(signIn::signInForm));
            post(SignInPaths.SIGN_IN, pages.page(signIn::signIn));
            post(SignInPaths.SIGN_OUT, pages.page(signIn::signOut));
            get(SignInPaths.SET_PASSWORD, pages.page(signIn::setPasswordForm));
            post(SignInPaths.SET_PASSWORD, pages.page(signIn::setPassword));
            get("/organisaties/{slug}/accounts", pages.page(signIn::accounts));
            post("/organisaties/{slug}/accounts/{id}/wachtwoordlink", pages.page(signIn::issueLink));
            get(RegisterPages.PATH, pages.page(register::list));
            get(RegisterPages.PATH + "/{id}", pages.page(register::document));
            get(RegisterPages.PATH + "/{id}/editions/{version}/consultation-report", pages.page(register::report));
            get(RegisterPages.PATH + "/{id}/editions/{version}/consultation-report.csv", editionReportCsv);
            groups.forEach(EndpointGroup::addEndpoints);
        };
    }

    private void guardForm(Context ctx) {
        if (!sessions.admitsForm(ctx)) {
            pages.error(ctx, Languages.lenient(ctx), ErrorView.forStatus(403, Requests.requestId(ctx)));
            ctx.skipRemainingHandlers();
        }
    }

    @Override
    public boolean answeredError(Context ctx) {
        String contentType = ctx.res().getContentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            return true;
        }
        String accept = ctx.header("Accept");
        if (ctx.path().startsWith("/api/") || accept == null || !accept.contains("text/html")) {
            return false;
        }
        pages.error(ctx, Languages.lenient(ctx), ErrorView.forStatus(ctx.statusCode(), Requests.requestId(ctx)));
        return true;
    }
}
