package nl.triade.registry.http.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Set;
import nl.triade.registry.domain.account.Account;
import nl.triade.registry.domain.account.AccountService;
import nl.triade.registry.domain.account.PasswordLinkService;
import nl.triade.registry.domain.account.TokenService;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.http.Requests;

/** {@code /me}, {@code /accounts} (with their tokens and password links) and {@code /tokens}. */
public final class AccountController {
    private static final Set<String> MERGE_PATCH_TYPES = Set.of("application/merge-patch+json", "application/json");
    private final AccountService accounts;
    private final TokenService tokens;
    private final PasswordLinkService passwordLinks;
    private final ObjectMapper json;
    private final String publicUrl;

    public AccountController(AccountService accounts, TokenService tokens, PasswordLinkService passwordLinks,
                             ObjectMapper json, String publicUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordLinks = passwordLinks;
        this.json = json;
        this.publicUrl = publicUrl;
    }

    public void me(Context ctx) {
        Caller caller = Requests.caller(ctx);
        ctx.json(AccountResponse.of(accounts.get(caller, caller.accountId())));
    }

    public void create(Context ctx) {
        AccountCreate request = Requests.body(ctx, json, AccountCreate.class);
        Account created = accounts.create(Requests.caller(ctx), request.validated());
        ctx.status(201).header("Location", "/api/v1/accounts/" + created.id()).json(AccountResponse.of(created));
    }

    public void get(Context ctx) {
        ctx.json(AccountResponse.of(accounts.get(Requests.caller(ctx), ctx.pathParam("id"))));
    }

    public void update(Context ctx) {
        JsonNode patch = Requests.tree(ctx, json, MERGE_PATCH_TYPES);
        AccountUpdate request = Requests.convert(json, patch, AccountUpdate.class);
        ctx.json(AccountResponse.of(accounts.changeRole(Requests.caller(ctx), ctx.pathParam("id"), request.validated())));
    }

    public void issueToken(Context ctx) {
        Caller caller = Requests.caller(ctx);
        TokenCreate request = Requests.optionalBody(ctx, json, TokenCreate.class);
        TokenCreate effective = request == null ? TokenCreate.NONE : request;
        ctx.status(201).json(TokenCreated.of(tokens.issue(caller, ctx.pathParam("id"), effective.validated())));
    }

    public void issuePasswordLink(Context ctx) {
        Caller caller = Requests.caller(ctx);
        ctx.status(201).json(PasswordLinkCreated.of(passwordLinks.issue(caller, ctx.pathParam("id")), publicUrl));
    }

    public void revokeToken(Context ctx) {
        tokens.revoke(Requests.caller(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }
}
