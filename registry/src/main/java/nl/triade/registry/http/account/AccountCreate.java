package nl.triade.registry.http.account;

import java.util.regex.Pattern;
import nl.triade.registry.domain.account.AccountService.NewAccount;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.http.InputCheck;

/** Body of {@code POST /accounts}. */
record AccountCreate(String name, String email, String organisation, Role role) {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    NewAccount validated() {
        new InputCheck()
                .required("name", name).maxLength("name", name, 200)
                .required("email", email).maxLength("email", email, 254)
                .pattern("email", email, EMAIL, "an e-mail address")
                .required("organisation", organisation)
                .required("role", role)
                .check();
        return new NewAccount(name.strip(), email.strip(), organisation, role);
    }
}
