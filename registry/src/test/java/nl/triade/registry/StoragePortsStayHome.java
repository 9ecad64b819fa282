package nl.triade.registry;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Collectors;
import nl.triade.registry.domain.Store;

/**
 * A feature's repositories (what {@link Store} hands out) are its own: another feature reaches that
 * data through the owner's service or a named read model, so every cross-feature read has a name
 * and one place, and a repository can change without a hunt through the domain.
 */
final class StoragePortsStayHome extends ArchCondition<JavaClass> {
    private static final String DOMAIN = "nl.triade.registry.domain.";

    private final Set<JavaClass> ports;

    StoragePortsStayHome(JavaClasses classes) {
        super("reach another feature's repositories only through that feature's services or read models");
        this.ports = classes.get(Store.class).getMethods().stream().map(JavaMethod::getRawReturnType)
                .collect(Collectors.toSet());
    }

    /** Classes in a feature room of the domain, not in its shared root. */
    static final DescribedPredicate<JavaClass> IN_A_FEATURE = DescribedPredicate.describe("in a domain feature",
            type -> feature(type) != null);

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            if (ports.contains(target) && !feature(target).equals(feature(type))) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                        + " (a repository of " + feature(target) + ", used from " + feature(type) + ")"));
            }
        }
    }

    private static String feature(JavaClass type) {
        String name = type.getPackageName() + ".";
        if (!name.startsWith(DOMAIN)) {
            return null;
        }
        String rest = name.substring(DOMAIN.length());
        return rest.isEmpty() ? null : rest.substring(0, rest.indexOf('.'));
    }
}
