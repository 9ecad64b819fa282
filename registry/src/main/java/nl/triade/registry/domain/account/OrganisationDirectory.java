package nl.triade.registry.domain.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.actor.OrganisationKind;

/** What other features need to know of organisations: which exist, and which party each is. */
public final class OrganisationDirectory {
    private OrganisationDirectory() {
    }

    public static boolean exists(Store store, String slug) {
        return store.organisations().find(slug).isPresent();
    }

    /** The organisation {@code slug}, if it exists. */
    public static Optional<Organisation> find(Store store, String slug) {
        return store.organisations().find(slug);
    }

    /** The party kinds that have at least one organisation in Triade. */
    public static Set<OrganisationKind> kindsPresent(Store store) {
        return store.organisations().kindsPresent();
    }

    /** The names of {@code slugs}, in the order given; unknown slugs are left out. */
    public static List<String> namesOf(Store store, Collection<String> slugs) {
        List<String> names = new ArrayList<>();
        for (String slug : slugs) {
            store.organisations().find(slug).ifPresent(organisation -> names.add(organisation.name()));
        }
        return names;
    }

    /** The kind of each of {@code slugs} that exists; unknown slugs are left out. */
    public static Map<String, OrganisationKind> kindsOf(Store store, Collection<String> slugs) {
        Map<String, OrganisationKind> kinds = new HashMap<>();
        for (String slug : slugs) {
            store.organisations().find(slug).ifPresent(organisation -> kinds.put(slug, organisation.kind()));
        }
        return kinds;
    }
}
