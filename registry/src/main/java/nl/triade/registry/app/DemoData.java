package nl.triade.registry.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.AccountBootstrap;
import nl.triade.registry.domain.account.AccountService.NewAccount;
import nl.triade.registry.domain.account.PasswordHasher;
import nl.triade.registry.domain.account.OrganisationService.NewOrganisation;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.domain.agenda.AgendaService;
import nl.triade.registry.domain.agenda.AgendaTerms;
import nl.triade.registry.domain.document.CostEffect;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentPartService;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.domain.document.EvidenceType;
import nl.triade.registry.domain.document.FinancialImpact;
import nl.triade.registry.domain.document.ImprovementNotation;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.IndicatorType;
import nl.triade.registry.domain.document.InformationStandard;
import nl.triade.registry.domain.document.MaintenancePlan;
import nl.triade.registry.domain.document.MeasurementProperty;
import nl.triade.registry.domain.document.NewDocument;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.document.Precondition;
import nl.triade.registry.domain.document.PropertyStudy;
import nl.triade.registry.domain.document.Purpose;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.document.StudyResult;
import nl.triade.registry.domain.document.Timeline;
import nl.triade.registry.domain.notification.EventKind;
import nl.triade.registry.domain.notification.Follows;
import nl.triade.registry.domain.notification.SubscriptionService;
import nl.triade.registry.domain.notification.SubscriptionTerms;

/**
 * The {@code --demo} data set: organisations of every kind, accounts with fixed, printed tokens
 * (so the README walk-through works on every start), two standards and an instrument, an overdue
 * item of the Meerjarenagenda, and a webhook subscription of the demo patient organisation.
 * "Diabetische voet" meets every criterion of Toetsingskader 3.0 once the
 * walk-through has made the provider and the insurer its co-authors; "Diabetes type 2" meets every one
 * but criterion 7. Seeding is idempotent: a second start with {@code --demo} adds nothing and prints
 * the same tokens. The demo's third standard, "Zwangerschapsdiabetes", registered with a public
 * consultation report, is {@link RegisteredDemoStandard}'s: it goes through the Register once the
 * background work has started.
 */
final class DemoData {
    private static final Precondition NEW_PART = new Precondition(null, true);
    private static final String DEMO_CHANNEL = "webhook";
    /**
     * Every demo account's password, published like the demo tokens; set only in a database the demo
     * made (see {@code AccountBootstrap.acceptsDemoData}).
     */
    static final String PASSWORD = "demo wachtwoord triade";

    private record DemoAccount(String name, String email, String organisation, Role role, String token) {
    }

    private static final List<NewOrganisation> ORGANISATIONS = List.of(
            new NewOrganisation("patientenfederatie", "Patiëntenfederatie Nederland", OrganisationKind.PATIENT, null),
            new NewOrganisation("diabetesvereniging", "Diabetesvereniging Nederland", OrganisationKind.PATIENT, "patientenfederatie"),
            new NewOrganisation("internisten", "Nederlandse Internisten Vereniging", OrganisationKind.PROVIDER, null),
            new NewOrganisation("zorgverzekeraar-a", "Zorgverzekeraar A", OrganisationKind.INSURER, null),
            new NewOrganisation("zorgverzekeraar-b", "Zorgverzekeraar B", OrganisationKind.INSURER, null),
            new NewOrganisation("zorginstituut", "Zorginstituut Nederland", OrganisationKind.REGISTER, null),
            new NewOrganisation("kwaliteitsraad", "Kwaliteitsraad (Zorginstituut Nederland)", OrganisationKind.REGISTER, null));

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("Anna de Vries", "anna@diabetesvereniging.demo", "diabetesvereniging", Role.ORG_ADMIN, "demo-diabetesvereniging-org-admin"),
            new DemoAccount("Bram Jansen", "bram@diabetesvereniging.demo", "diabetesvereniging", Role.MEMBER, "demo-diabetesvereniging-member"),
            new DemoAccount("Carla Bakker", "carla@internisten.demo", "internisten", Role.ORG_ADMIN, "demo-internisten-org-admin"),
            new DemoAccount("Daan Visser", "daan@zorgverzekeraar-a.demo", "zorgverzekeraar-a", Role.ORG_ADMIN, "demo-zorgverzekeraar-a-org-admin"),
            new DemoAccount("Eva Smit", "eva@zorgverzekeraar-b.demo", "zorgverzekeraar-b", Role.MEMBER, "demo-zorgverzekeraar-b-member"),
            new DemoAccount("Frank Mulder", "frank@zorginstituut.demo", "zorginstituut", Role.MEMBER, "demo-zorginstituut-member"),
            new DemoAccount("Hanna de Raad", "hanna@kwaliteitsraad.demo", "kwaliteitsraad", Role.ORG_ADMIN,
                    "demo-kwaliteitsraad-org-admin"),
            new DemoAccount("Gerda Beheer", "gerda@triade.demo", AccountBootstrap.OPERATOR_ORGANISATION, Role.ADMINISTRATOR,
                    "demo-administrator"));

    /** The information standard the demo standards exchange their laboratory values by (Toetsingskader 3.0, criterion 6). */
    static final InformationStandard LABORATORY_RESULT = new InformationStandard("nl.zorg.LaboratoriumUitslag",
            "Zorginformatiebouwsteen LaboratoriumUitslag", "2020", "https://zibs.nl/wiki/LaboratoriumUitslag-v4.6(2020NL)");

    private final AccountBootstrap bootstrap;
    private final DocumentService documents;
    private final DocumentPartService parts;
    private final AgendaService agenda;
    private final SubscriptionService subscriptions;
    private final PasswordHasher passwords;

    DemoData(AccountBootstrap bootstrap, DocumentService documents, DocumentPartService parts, AgendaService agenda,
             SubscriptionService subscriptions, PasswordHasher passwords) {
        this.bootstrap = bootstrap;
        this.passwords = passwords;
        this.documents = documents;
        this.parts = parts;
        this.agenda = agenda;
        this.subscriptions = subscriptions;
    }

    void seed() {
        ORGANISATIONS.forEach(bootstrap::seedOrganisation);
        Optional<String> anna = Optional.empty();
        Optional<String> frank = Optional.empty();
        for (DemoAccount account : ACCOUNTS) {
            Optional<String> id = bootstrap.seedAccount(new NewAccount(account.name(), account.email(),
                    account.organisation(), account.role()), account.token());
            if (account == ACCOUNTS.get(0)) {
                anna = id;
            } else if (account.organisation().equals("zorginstituut")) {
                frank = id;
            }
        }
        anna.ifPresent(id -> seedDocuments(new Caller(id, "diabetesvereniging", OrganisationKind.PATIENT, Role.ORG_ADMIN, null)));
        anna.ifPresent(id -> seedSubscription(new Caller(id, "diabetesvereniging", OrganisationKind.PATIENT, Role.ORG_ADMIN, null)));
        frank.ifPresent(id -> seedAgenda(new Caller(id, "zorginstituut", OrganisationKind.REGISTER, Role.MEMBER, null)));
        String hash = passwords.hash(PASSWORD);
        ACCOUNTS.forEach(account -> bootstrap.seedPassword(account.email(), hash));
        System.out.println("Demo accounts (use as 'Authorization: Bearer <token>'):");
        ACCOUNTS.forEach(account -> System.out.printf("  %-34s %-20s %-10s %s%n", account.token(), account.organisation(),
                WireNames.of(account.role()), account.name()));
        System.out.println("Sign in to the web interface with an e-mail address below and the password '" + PASSWORD + "':");
        ACCOUNTS.forEach(account -> System.out.printf("  %-34s %-20s %-10s %s%n", account.email(), account.organisation(),
                WireNames.of(account.role()), account.name()));
    }

    private void seedDocuments(Caller anna) {
        // Complete under Toetsingskader 3.0 except criterion 7: an increase in costs without an estimate or who assessed it.
        Document standard = documents.create(anna, new NewDocument(DocumentKind.STANDARD, new DocumentFields(
                "Diabetes type 2 bij volwassenen", "diabetes",
                "Goede zorg voor volwassenen met diabetes type 2: van diagnose tot jaarlijkse controle.",
                "Heeft u diabetes type 2? Dan krijgt u elk jaar een controle van uw ogen, voeten en nieren.",
                new MaintenancePlan("diabetesvereniging", 36), List.of(), null, null, null, LocalDate.of(2029, 12, 31),
                List.of(LABORATORY_RESULT), null,
                new FinancialImpact(CostEffect.INCREASE, null, "Meer controles door de praktijkondersteuner.", false, null), null)));
        String id = standard.id();
        section(anna, id, "zorginhoud", "Inhoud van zorg",
                "Iedere patiënt krijgt jaarlijks een voetonderzoek, een oogonderzoek en een controle van de nieren.\n"
                        + "De HbA1c wordt elk kwartaal gemeten; ligt hij twee keer boven de streefwaarde, dan bespreekt de "
                        + "huisarts met de patiënt een aanpassing van leefstijl of medicatie.");
        section(anna, id, "organisatie", "Organisatie van zorg",
                "De huisarts coördineert de zorg en verwijst naar de internist bij complicaties.\n"
                        + "De praktijkondersteuner voert de controles uit en legt de uitkomsten vast in het "
                        + "huisartsinformatiesysteem, zodat patiënt en zorgverleners dezelfde gegevens zien.");
        section(anna, id, "onderbouwing", "Onderbouwing",
                "De aanbevelingen volgen de NHG-Standaard Diabetes mellitus type 2 en de enquête onder 1.200 leden "
                        + "van de Diabetesvereniging; waar het bewijs ontbrak, besliste de werkgroep op grond van de ervaring "
                        + "van huisartsen, internisten en patiënten.");
        participant(anna, id, new Participant("internisten", ParticipantRole.AUTHOR, null));
        participant(anna, id, new Participant("zorgverzekeraar-a", ParticipantRole.AUTHOR, null));
        participant(anna, id, new Participant("zorgverzekeraar-b", ParticipantRole.COMMENTER, null));
        Document withParticipants = documents.get(anna, id);
        parts.addEvidence(anna, id, new Evidence(null, EvidenceType.SURVEY, "Enquête onder 1.200 leden",
                "Leden missen uitleg over voetzorg.", 1200, LocalDate.of(2026, 5, 1), "zorginhoud"),
                Precondition.ifMatch(withParticipants.revision()), null);

        Document second = documents.create(anna, new NewDocument(DocumentKind.STANDARD, new DocumentFields(
                "Diabetische voet", "diabetes", "Preventie en behandeling van voetproblemen bij diabetes.",
                "Heeft u diabetes? Kijk dan elke dag naar uw voeten. Ziet u een wondje? Bel de huisarts.",
                new MaintenancePlan("diabetesvereniging", 24),
                List.of(new Timeline("cliëntenversie", LocalDate.of(2027, 6, 30), "Schrijven met leden in een focusgroep."),
                        new Timeline("meetinstrument", LocalDate.of(2027, 12, 31), "Indicatoren voor voetonderzoek.")),
                null, null, null, null, List.of(LABORATORY_RESULT), null,
                new FinancialImpact(CostEffect.DECREASE, 1_800_000L,
                        "Minder amputaties: 120 per jaar tegen gemiddeld 15.000 euro (budgetimpactanalyse 2026).", false,
                        "Werkgroep kosten van Diabetesvereniging, internisten en Zorgverzekeraar A"), null)));
        section(anna, second.id(), "zorginhoud", "Inhoud van zorg",
                "Iedere patiënt met diabetes krijgt jaarlijks een voetonderzoek volgens de Simm's classificatie. "
                        + "Een wond aan de voet wordt binnen een werkdag beoordeeld door de huisarts, en bij twijfel "
                        + "binnen een week door het multidisciplinaire voetenteam.");
        section(anna, second.id(), "organisatie", "Organisatie van zorg",
                "De praktijkondersteuner doet het jaarlijkse onderzoek; de podotherapeut ziet patiënten met een "
                        + "verhoogd risico (Simm's 1 en hoger) elk kwartaal; het voetenteam van het ziekenhuis behandelt "
                        + "wonden die na twee weken niet genezen.");
        section(anna, second.id(), "onderbouwing", "Onderbouwing",
                "De aanbevelingen volgen de richtlijn Diabetische voet (2017) en de focusgroep met negen leden; "
                        + "waar de richtlijn zweeg, besliste de werkgroep van podotherapeuten, huisartsen en patiënten op "
                        + "grond van hun ervaring.");
        parts.addEvidence(anna, second.id(), new Evidence(null, EvidenceType.FOCUS_GROUP, "Focusgroep voetzorg",
                "Leden willen weten wanneer ze naar de podotherapeut moeten.", 9, LocalDate.of(2026, 9, 14), "zorginhoud"),
                Precondition.ifMatch(Precondition.ANY), null);

        Document instrument = documents.create(anna, new NewDocument(DocumentKind.INSTRUMENT, new DocumentFields(
                "Meetinstrument diabetes type 2", "diabetes", "Indicatoren bij de standaard Diabetes type 2.", null,
                new MaintenancePlan("diabetesvereniging", 24),
                List.of(new Timeline("gegevensaanlevering", LocalDate.of(2027, 9, 30),
                        "Aanlevering via de landelijke diabetesregistratie, met de huisartsenzorggroepen.")),
                id, Purpose.PUBLIC_INFORMATION, "Lever de gegevens per kwartaal aan.", null)));
        parts.putIndicator(anna, instrument.id(), new Indicator("hba1c", "HbA1c onder streefwaarde", IndicatorType.OUTCOME,
                "Patiënten met HbA1c ≤ 53 mmol/mol", "Alle patiënten met diabetes type 2", null, "Huisartsinformatiesysteem",
                "%", "kalenderjaar", ImprovementNotation.INCREASE), NEW_PART, null);
        parts.putIndicator(anna, instrument.id(), new Indicator("ervaren-zorg", "Ervaren kwaliteit van zorg", IndicatorType.PREM,
                "Patiënten die de zorg een 8 of hoger geven", "Alle respondenten", null, "PREM-vragenlijst van de Diabetesvereniging",
                "%", "kalenderjaar", ImprovementNotation.INCREASE), NEW_PART, null);
        parts.addEvidence(anna, instrument.id(), new Evidence(null, EvidenceType.REGISTRY_DATA,
                "Validatie van de indicatoren diabeteszorg", "HbA1c en ervaren zorg gemeten in twee opeenvolgende jaren.", 24_000,
                LocalDate.of(2025, 12, 31), null, List.of(
                        new PropertyStudy(MeasurementProperty.VALIDITY, StudyResult.ESTABLISHED, "samenhang met complicaties"),
                        new PropertyStudy(MeasurementProperty.RELIABILITY, StudyResult.ESTABLISHED, "test-hertest 0,84"),
                        new PropertyStudy(MeasurementProperty.DISCRIMINATING_POWER, StudyResult.ESTABLISHED,
                                "verschillen tussen zorggroepen buiten het toeval")),
                "volwassenen met diabetes type 2 in 180 huisartspraktijken", "Demo: validatierapport indicatoren diabeteszorg, 2025"),
                Precondition.ifMatch(Precondition.ANY), null);
    }

    /** An agenda item whose deadline passed with nothing submitted: the first round after start finds it overdue. */
    private void seedAgenda(Caller frank) {
        agenda.create(frank, new AgendaTerms("Zorg bij chronische pijn", "chronische-pijn", DocumentKind.STANDARD,
                List.of("patientenfederatie", "internisten", "zorgverzekeraar-a"), LocalDate.of(2026, 6, 30)));
    }

    /**
     * Anna's organisation follows diabetes and its own documents by webhook, to a receiver on this
     * machine that may well not run: then deliveries wait and are retried, harming nothing. Left out
     * when the webhook plugin is not in the plugins folder.
     */
    private void seedSubscription(Caller anna) {
        if (subscriptions.channels().contains(DEMO_CHANNEL)) {
            subscriptions.create(anna, "diabetesvereniging", new SubscriptionTerms(DEMO_CHANNEL, "http://localhost:8787/triade",
                    Set.of(EventKind.values()), new Follows(List.of("diabetes"), true, List.of())));
        }
    }

    private void section(Caller caller, String id, String key, String title, String body) {
        parts.putSection(caller, id, new Section(key, title, body), NEW_PART, null);
    }

    private void participant(Caller caller, String id, Participant participant) {
        parts.putParticipant(caller, id, participant, Precondition.ifMatch(Precondition.ANY), null);
    }
}
