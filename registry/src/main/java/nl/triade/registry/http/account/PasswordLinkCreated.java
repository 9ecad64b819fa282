package nl.triade.registry.http.account;

import java.time.Instant;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.IssuedPasswordLink;

/** Schema {@code PasswordLinkCreated}: the one response that ever contains a password link's secret. */
record PasswordLinkCreated(String account, String purpose, String link, Instant expiresAt) {

    static PasswordLinkCreated of(IssuedPasswordLink issued, String publicUrl) {
        return new PasswordLinkCreated(issued.accountId(), WireNames.of(issued.purpose()),
                PasswordLinks.url(publicUrl, issued.secret()), issued.expiresAt());
    }
}
