package nl.triade.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows of STYLE.md: http → domain ← store, and only app sees everything. */
@AnalyzeClasses(packages = "nl.triade.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFrameworks = noClasses().that().resideInAPackage("nl.triade.registry.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "com.fasterxml..",
                    "org.pf4j..", "java.sql..", "org.sqlite..", "com.zaxxer..", "org.flywaydb..",
                    "nl.triade.registry.http..", "nl.triade.registry.store..", "nl.triade.registry.app..",
                    "nl.triade.registry.json..", "nl.triade.registry.config..", "nl.triade.registry.ratelimit..",
                    "io.github.bucket4j..");

    @ArchTest
    static final ArchRule httpDoesNotTouchTheStore = noClasses().that().resideInAPackage("nl.triade.registry.http..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.triade.registry.store..", "org.jdbi..", "java.sql..");

    @ArchTest
    static final ArchRule storeDoesNotTouchHttp = noClasses().that().resideInAPackage("nl.triade.registry.store..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.triade.registry.http..", "io.javalin..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootSeesEverything = noClasses().that()
            .resideOutsideOfPackages("nl.triade.registry.app..", "nl.triade.registry")
            .should().dependOnClassesThat().resideInAPackage("nl.triade.registry.app..");

    /**
     * The feature rooms of the domain lean on each other in one direction only: a cycle (say
     * document needing review needing document) means neither can be read, tested or changed alone.
     */
    @ArchTest
    static final ArchRule domainFeaturesAreFreeOfCycles = slices().matching("nl.triade.registry.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static void featuresKeepTheirRepositories(JavaClasses registry) {
        classes().that(StoragePortsStayHome.IN_A_FEATURE).should(new StoragePortsStayHome(registry)).check(registry);
    }
}
