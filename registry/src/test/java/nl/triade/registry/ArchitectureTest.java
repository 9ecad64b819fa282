package nl.triade.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** Keeps the arrows of STYLE.md: http → domain ← store, pluginhost → domain and SPI, and only app sees everything. */
@AnalyzeClasses(packages = "nl.triade.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFrameworks = noClasses().that().resideInAPackage("nl.triade.registry.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "com.fasterxml..",
                    "org.pf4j..", "java.sql..", "org.sqlite..", "com.zaxxer..", "org.flywaydb..",
                    "nl.triade.registry.http..", "nl.triade.registry.store..", "nl.triade.registry.app..",
                    "nl.triade.registry.json..", "nl.triade.registry.config..",
                    "nl.triade.registry.password..", "org.bouncycastle..", "nl.triade.registry.web..", "io.micrometer..",
                    "nl.triade.registry.metrics..");

    /**
     * Parts measure themselves through Micrometer's facade ({@code MeterRegistry}, as they log through
     * SLF4J's); which monitoring system reads the meters is the metrics room's business alone.
     */
    @ArchTest
    static final ArchRule onlyTheMetricsRoomKnowsPrometheus = noClasses().that()
            .resideOutsideOfPackages("nl.triade.registry.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micrometer.prometheusmetrics..", "io.prometheus..");

    @ArchTest
    static final ArchRule httpDoesNotTouchTheStore = noClasses().that().resideInAPackage("nl.triade.registry.http..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.triade.registry.store..", "org.jdbi..", "java.sql..");

    /** The API's layer knows the pages only as {@code http.Frontend}. */
    @ArchTest
    static final ArchRule httpDoesNotKnowThePages = noClasses().that().resideInAPackage("nl.triade.registry.http..")
            .should().dependOnClassesThat().resideInAPackage("nl.triade.registry.web..");

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

    /** Adapters are fed by the domain: they call plugins and translate, and never reach storage or the web. */
    @ArchTest
    static final ArchRule pluginhostSeesOnlyTheDomainAndTheSpi = classes().that().resideInAPackage("nl.triade.registry.pluginhost..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("nl.triade.registry.pluginhost..", "nl.triade.registry.domain..",
                    "nl.triade.spi..", "org.pf4j..", "org.slf4j..", "io.micrometer.core.instrument..", "java..");

    /** The domain's transactions and repositories: ports for the domain's own services, never for an adapter. */
    private static final DescribedPredicate<JavaClass> STORAGE_PORTS = DescribedPredicate.describe("are the domain's storage ports",
            type -> type.getPackageName().startsWith("nl.triade.registry.domain") && (type.getSimpleName().endsWith("Repository")
                    || Set.of("Store", "Transactions", "EventLog", "ListenerPositions", "StoredTexts").contains(type.getSimpleName())));

    /** The pages use the domain services the API uses (issue 12): no second path to the data. */
    @ArchTest
    static final ArchRule webUsesTheServicesNotTheStore = noClasses().that().resideInAPackage("nl.triade.registry.web..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.triade.registry.store..", "org.jdbi..", "java.sql..")
            .orShould().dependOnClassesThat(STORAGE_PORTS);

    /** An adapter that opens a transaction finishes its own snapshot; the domain hands it a complete view instead. */
    @ArchTest
    static final ArchRule pluginhostOpensNoTransaction = noClasses().that().resideInAPackage("nl.triade.registry.pluginhost..")
            .should().dependOnClassesThat(STORAGE_PORTS);

    /** The SPI stays frozen while the domain changes only if nothing but the plugin host (and app, which starts it) sees it. */
    @ArchTest
    static final ArchRule onlyThePluginHostSeesPf4jAndTheSpi = noClasses().that()
            .resideOutsideOfPackages("nl.triade.registry.pluginhost..", "nl.triade.registry.app..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.triade.spi..", "org.pf4j..");
}
