package nl.triade.registry.web.browser;

import nl.triade.registry.http.support.ApiClient;

/**
 * Someone in a browser test: an account with its name as pages show it, the e-mail address and
 * password they sign in with (none yet for someone still to be invited), and a client acting as
 * them through the API with a token of theirs, for what a test does without a page.
 */
public record Person(String accountId, String name, String email, String organisation, String password, ApiClient api) {
    /** The same person once they have chosen {@code chosen} as their password. */
    public Person withPassword(String chosen) {
        return new Person(accountId, name, email, organisation, chosen, api);
    }
}
