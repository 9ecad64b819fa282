package nl.triade.registry.http.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import nl.triade.registry.domain.account.Account;
import nl.triade.registry.domain.account.AccountService;
import nl.triade.registry.domain.account.Caller;
import nl.triade.registry.domain.account.TokenService;
import nl.triade.registry.http.Requests;

/** {@code /me}, {@code /accounts} and {@code /tokens}. */
public final class AccountController {
    private final AccountService accounts;
    private final TokenService tokens;
    private final ObjectMapper json;

    public AccountController(AccountService accounts, TokenService tokens, ObjectMapper json) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.json = json;
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

    public void issueToken(Context ctx) {
        Caller caller = Requests.caller(ctx);
        TokenCreate request = Requests.optionalBody(ctx, json, TokenCreate.class);
        TokenCreate effective = request == null ? TokenCreate.NONE : request;
        ctx.status(201).json(TokenCreated.of(tokens.issue(caller, ctx.pathParam("id"), effective.validated())));
    }

    public void revokeToken(Context ctx) {
        tokens.revoke(Requests.caller(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }
}
