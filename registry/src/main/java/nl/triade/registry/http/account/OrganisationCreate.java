package nl.triade.registry.http.account;

import java.util.regex.Pattern;
import nl.triade.registry.domain.account.OrganisationService.NewOrganisation;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.http.InputCheck;

/** Body of {@code POST /organisations}. */
record OrganisationCreate(String slug, String name, OrganisationKind kind, String umbrella) {
    static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    NewOrganisation validated() {
        new InputCheck()
                .required("slug", slug).pattern("slug", slug, SLUG, "2 to 63 lower-case letters, digits or '-', not starting with '-'")
                .required("name", name).maxLength("name", name, 200)
                .required("kind", kind)
                .pattern("umbrella", umbrella, SLUG, "an organisation slug")
                .check();
        return new NewOrganisation(slug, name.strip(), kind, umbrella);
    }
}
