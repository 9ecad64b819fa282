package nl.triade.registry.web.signin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.IssuedPasswordLink;
import nl.triade.registry.domain.account.LinkPurpose;
import nl.triade.registry.domain.account.PasswordLinkService;
import nl.triade.registry.domain.account.PasswordLinkService.LinkHolder;
import nl.triade.registry.domain.account.SignInOutcome;
import nl.triade.registry.domain.account.SignedIn;
import nl.triade.registry.domain.limits.WriteKind;
import nl.triade.registry.domain.limits.WriteLimits;
import nl.triade.registry.http.account.PasswordLinks;
import nl.triade.registry.web.PageFrame;
import nl.triade.registry.web.Pages;
import nl.triade.registry.web.session.SafeNext;
import nl.triade.registry.web.session.SignInPaths;
import nl.triade.registry.web.session.WebSessions;

/**
 * Signing in and out, setting a password from a one-time link, and an org-admin's page that issues
 * those links. Every change goes through the services the API uses ({@code PasswordLinkService},
 * {@code SignInService} behind {@link WebSessions}), with the API's rate limit on issuing links.
 */
public final class SignInPages {
    /** The notices the sign-in page shows, by the value of its {@code melding} parameter; anything else shows none. */
    private static final Set<String> NOTICES = Set.of("signed-out", "password-set");
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(TimeSource.REGISTER_ZONE);
    private final Pages pages;
    private final WebSessions sessions;
    private final PasswordLinkService links;
    private final WriteLimits limits;
    private final String publicUrl;

    public SignInPages(Pages pages, WebSessions sessions, PasswordLinkService links, WriteLimits limits, String publicUrl) {
        this.pages = pages;
        this.sessions = sessions;
        this.links = links;
        this.limits = limits;
        this.publicUrl = publicUrl;
    }

    public void signInForm(Context ctx, PageFrame frame) {
        String next = SafeNext.of(ctx.queryParam("next"));
        if (sessions.current(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        String notice = ctx.queryParam("melding");
        pages.render(ctx, frame, "signin.jte", new SignInView("", next, false, notice != null && NOTICES.contains(notice) ? notice : null));
    }

    public void signIn(Context ctx, PageFrame frame) {
        String email = Optional.ofNullable(ctx.formParam("email")).map(String::strip).orElse("");
        String next = SafeNext.of(ctx.formParam("next"));
        if (sessions.signIn(ctx, email, ctx.formParam("password")) instanceof SignInOutcome.Started) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        pages.render(ctx, frame, 401, "signin.jte", new SignInView(email, next, true, null));
    }

    public void signOut(Context ctx, PageFrame frame) {
        sessions.signOut(ctx);
        ctx.redirect(SignInPaths.SIGN_IN + "?melding=signed-out", HttpStatus.SEE_OTHER);
    }

    /** The page behind a link; it is not sent on as a referrer, since its address holds the link's secret. */
    public void setPasswordForm(Context ctx, PageFrame frame) {
        String code = ctx.queryParam(PasswordLinks.CODE);
        Optional<LinkHolder> holder = code == null || code.isEmpty() ? Optional.empty() : links.open(code);
        pages.render(ctx, frame, holder.isPresent() ? 200 : 404, "set-password.jte", holder
                .map(found -> form(code, found, null, null)).orElse(SetPasswordView.unusable()));
        ctx.header("Referrer-Policy", "no-referrer");
    }

    public void setPassword(Context ctx, PageFrame frame) {
        String code = Optional.ofNullable(ctx.formParam(PasswordLinks.CODE)).orElse("");
        Optional<LinkHolder> holder = code.isEmpty() ? Optional.empty() : links.open(code);
        if (holder.isEmpty()) {
            pages.render(ctx, frame, 404, "set-password.jte", SetPasswordView.unusable());
            return;
        }
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        if (!password.equals(ctx.formParam("repeat"))) {
            pages.render(ctx, frame, 422, "set-password.jte", form(code, holder.get(), null, "mismatch"));
            return;
        }
        try {
            if (!links.redeem(code, password)) {
                pages.render(ctx, frame, 404, "set-password.jte", SetPasswordView.unusable());
                return;
            }
        } catch (InvalidInputException refused) {
            pages.render(ctx, frame, 422, "set-password.jte", form(code, holder.get(),
                    refused.violations().get(0).rule().wire(), null));
            return;
        }
        ctx.redirect(SignInPaths.SIGN_IN + "?melding=password-set", HttpStatus.SEE_OTHER);
    }

    public void accounts(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        pages.render(ctx, frame, "accounts.jte", accountsView(me, ctx.pathParam("slug")));
    }

    /** Issues a link and shows it this once; the page is not stored by any cache. */
    public void issueLink(Context ctx, PageFrame frame) {
        SignedIn me = sessions.required(ctx);
        String organisation = ctx.pathParam("slug");
        limits.admit(me.caller(), WriteKind.TOKENS);
        IssuedPasswordLink issued = links.issue(me.caller(), ctx.pathParam("id"));
        AccountsView listed = accountsView(me, organisation);
        String name = listed.rows().stream().filter(row -> row.id().equals(issued.accountId())).map(AccountsView.Row::name)
                .findFirst().orElse(issued.accountId());
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, frame, "accounts.jte", new AccountsView(organisation, listed.rows(), listed.csrf(),
                new AccountsView.Issued(name, issued.purpose() == LinkPurpose.INVITATION,
                        PasswordLinks.url(publicUrl, issued.secret()), EXPIRES.format(issued.expiresAt()))));
    }

    private AccountsView accountsView(SignedIn me, String organisation) {
        List<AccountsView.Row> rows = links.accountsOf(me.caller(), organisation).stream()
                .map(standing -> new AccountsView.Row(standing.account().id(), standing.account().name(),
                        standing.account().email(), WireNames.of(standing.account().role()), standing.hasPassword()))
                .toList();
        return new AccountsView(organisation, rows, me.csrfToken(), null);
    }

    private static SetPasswordView form(String code, LinkHolder holder, String passwordError, String repeatError) {
        return new SetPasswordView(true, code, holder.accountName(), holder.email(), holder.purpose() == LinkPurpose.INVITATION,
                passwordError, repeatError);
    }
}
