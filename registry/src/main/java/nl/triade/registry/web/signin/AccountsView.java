package nl.triade.registry.web.signin;

import java.util.List;

/**
 * An org-admin's page of the accounts of an organisation, with the link just issued (shown this
 * once) or null.
 */
public record AccountsView(String organisation, List<Row> rows, String csrf, Issued issued) {

    /** One account: whether its person can sign in yet. {@code role} is its wire name. */
    public record Row(String id, String name, String email, String role, boolean hasPassword) {
    }

    /** A link just issued, with the date and time it stops working, as the page shows it. */
    public record Issued(String name, boolean invitation, String link, String expires) {
    }

    public AccountsView {
        rows = List.copyOf(rows);
    }
}
