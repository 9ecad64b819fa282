package nl.triade.plugins.toetsingskader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.triade.spi.AbsenceSnapshot;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.EvidenceSnapshot;
import nl.triade.spi.FinancialImpactSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.IndicatorSnapshot;
import nl.triade.spi.InformationStandardSnapshot;
import nl.triade.spi.MaintenancePlanSnapshot;
import nl.triade.spi.ParticipantSnapshot;
import nl.triade.spi.PropertyStudySnapshot;
import nl.triade.spi.SectionSnapshot;
import nl.triade.spi.Severity;
import nl.triade.spi.TimelineSnapshot;
import org.junit.jupiter.api.Test;

/** Every rule with a document that passes it and one that fails it. */
class RulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final String CARE = "Bij jicht meet de huisarts binnen een week het urinezuur, geeft hij uitleg over voeding en "
            + "medicatie, en bespreekt hij na drie maanden samen met de patiënt of de behandeling aanslaat.";
    static final String ORGANISATION = "De huisarts behandelt; bij een tweede aanval binnen een jaar verwijst hij naar de "
            + "reumatoloog, die binnen vier weken een afspraak biedt en de huisarts schriftelijk informeert.";
    static final String SUBSTANTIATION = "De aanbevelingen volgen de richtlijn Jicht (2023) en een enquête onder 800 "
            + "patiënten; waar bewijs ontbrak, besliste de werkgroep op grond van ervaring van artsen en patiënten.";

    /** A standard that satisfies every rule; each test takes one thing away. */
    static final class Doc {
        String kind = "standard";
        String summary = "Samenvatting";
        String patientVersion = "Uitleg voor patiënten";
        String purpose;
        String standardId;
        String workInstruction;
        MaintenancePlanSnapshot plan = new MaintenancePlanSnapshot("patienten", 36);
        List<ParticipantSnapshot> participants = new ArrayList<>(List.of(
                new ParticipantSnapshot("patienten", "patient", "author", null),
                new ParticipantSnapshot("artsen", "provider", "author", null),
                new ParticipantSnapshot("verzekeraar", "insurer", "author", null)));
        List<SectionSnapshot> sections = new ArrayList<>(List.of(new SectionSnapshot("zorginhoud", "Inhoud van zorg", CARE),
                new SectionSnapshot("organisatie", "Organisatie van zorg", ORGANISATION),
                new SectionSnapshot("onderbouwing", "Onderbouwing", SUBSTANTIATION)));
        List<IndicatorSnapshot> indicators = new ArrayList<>();
        List<TimelineSnapshot> timelines = new ArrayList<>();
        List<EvidenceSnapshot> evidence = new ArrayList<>();
        List<String> instruments = new ArrayList<>(List.of("doc_instrument"));
        List<AbsenceSnapshot> absences = new ArrayList<>();
        String framework = "tk-3";
        List<InformationStandardSnapshot> informationStandards = new ArrayList<>(List.of(new InformationStandardSnapshot(
                "nl.zorg.Probleem", "Zorginformatiebouwsteen Probleem", "2020", null)));
        String informationStandardsNotNeeded;
        FinancialImpactSnapshot financialImpact = new FinancialImpactSnapshot("increase", 1_200_000L, "Budgetimpactanalyse 2026",
                false, "Zorginstituut-werkgroep kosten");
        Integer developedIn;

        static Doc instrument() {
            Doc doc = new Doc();
            doc.kind = "instrument";
            doc.workInstruction = "Lever per kwartaal aan.";
            doc.purpose = "improvement";
            doc.standardId = "doc_standard";
            doc.indicators.add(new IndicatorSnapshot("hba1c", "HbA1c", "outcome", "teller", "noemer", null, "HIS", null, null));
            return doc;
        }

        DocumentSnapshot snapshot() {
            return new DocumentSnapshot("doc_1", kind, "draft", 1, 1, "0".repeat(64), "Titel", null, summary, patientVersion,
                    standardId, purpose, workInstruction, null, participants, sections, indicators, plan, timelines, evidence, instruments,
                    absences, null, framework, informationStandards, informationStandardsNotNeeded, financialImpact, developedIn);
        }

        /** The rules of the findings that are not {@code info}: what the authors must act on. */
        List<String> rules() {
            return Rules.check(snapshot(), TODAY).stream().filter(finding -> finding.severity() != Severity.INFO)
                    .map(Finding::rule).toList();
        }
    }

    @Test
    void aCompleteStandardHasNoFindings() {
        assertEquals(List.of(), new Doc().rules());
    }

    @Test
    void everyPartyMustAuthorOrDeclineWithAMotivation() {
        Doc doc = new Doc();
        doc.participants.set(2, new ParticipantSnapshot("verzekeraar", "insurer", "declined", null));
        assertEquals(List.of("tk-parties"), doc.rules());
        doc.participants.set(2, new ParticipantSnapshot("verzekeraar", "insurer", "declined", "Geen beleid."));
        assertEquals(List.of(), doc.rules());
        doc.participants.set(2, new ParticipantSnapshot("verzekeraar", "insurer", "commenter", null));
        assertEquals(List.of("tk-parties"), doc.rules());
    }

    @Test
    void theAuthorsAbsenceStatementCountsForAPartyWithoutOrganisation() {
        Doc doc = new Doc();
        doc.participants.remove(2);
        assertEquals(List.of("tk-parties"), doc.rules());
        doc.absences.add(new AbsenceSnapshot("insurer", " ", "patienten", "acc_1"));
        assertEquals(List.of("tk-parties"), doc.rules(), "a blank motivation is no motivation");
        doc.absences.set(0, new AbsenceSnapshot("insurer", "Geen verzekeraar in Triade.", "patienten", "acc_1"));
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void contentOfCareMustBeDescribed() {
        Doc doc = new Doc();
        doc.sections.set(0, new SectionSnapshot("zorginhoud", "Inhoud van zorg", " "));
        assertEquals(List.of("tk-care-content"), doc.rules());
        doc.sections.set(0, new SectionSnapshot("behandeling", "Inhoud van zorg bij jicht", CARE));
        assertEquals(List.of(), doc.rules(), "a section titled so counts as well");
    }

    @Test
    void organisationOfCareMustBeDescribed() {
        Doc doc = new Doc();
        doc.sections.remove(1);
        assertEquals(List.of("tk-care-organisation"), doc.rules());
    }

    @Test
    void theSubstantiationMustBeDescribed() {
        Doc doc = new Doc();
        doc.sections.remove(2);
        assertEquals(List.of("tk-substantiation"), doc.rules());
        doc.sections.add(new SectionSnapshot("bronnen", "Verantwoording", SUBSTANTIATION));
        assertEquals(List.of(), doc.rules(), "a section titled so counts as well");
    }

    @Test
    void placeholdersDescribeNothing() {
        for (String placeholder : List.of("x", "y", "...", "nvt", "TODO", "Lorem ipsum dolor sit amet")) {
            Doc doc = new Doc();
            doc.sections.set(0, new SectionSnapshot("zorginhoud", "Inhoud van zorg", placeholder));
            doc.sections.set(1, new SectionSnapshot("organisatie", "Organisatie van zorg", placeholder));
            doc.sections.set(2, new SectionSnapshot("onderbouwing", "Onderbouwing", placeholder));
            assertEquals(List.of("tk-care-content", "tk-care-organisation", "tk-substantiation"), doc.rules(), placeholder);
            Finding first = Rules.check(doc.snapshot(), TODAY).get(0);
            assertEquals("sections.zorginhoud.body", first.path());
            assertEquals("Sectie 'zorginhoud' houdt alleen een plaats vrij voor de inhoud van zorg. "
                    + "(Section 'zorginhoud' only holds a place for the content of care.)", first.message());
        }
    }

    @Test
    void aSectionShorterThanItsMinimumDescribesNothingYet() {
        Doc doc = new Doc();
        doc.sections.set(1, new SectionSnapshot("organisatie", "Organisatie van zorg", "De huisarts verwijst naar de reumatoloog."));
        List<Finding> findings = Rules.check(doc.snapshot(), TODAY);
        Finding tooShort = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertEquals("tk-care-organisation", tooShort.rule());
        assertEquals("sections.organisatie.body", tooShort.path());
        assertEquals("Sectie 'organisatie' is te kort om de organisatie van zorg te beschrijven: 41 tekens, minstens 150. "
                + "(Section 'organisatie' is too short to describe the organisation of care: 41 characters, at least 150.)",
                tooShort.message());
        assertEquals(List.of(), Rules.check(doc.snapshot(), TODAY, new MinimumLengths(150, 41, 150)).stream()
                .filter(finding -> finding.severity() == Severity.ERROR).toList(), "exactly the minimum is enough");
    }

    @Test
    void aDescribedSectionIsListedForTheRegistersReviewer() {
        Doc doc = new Doc();
        doc.sections.add(0, new SectionSnapshot("inhoud", "Inhoud van zorg (oud)", "x"));
        List<Finding> infos = Rules.check(doc.snapshot(), TODAY).stream().filter(finding -> finding.severity() == Severity.INFO).toList();
        assertEquals(List.of("tk-care-content", "tk-care-organisation", "tk-substantiation"), infos.stream().map(Finding::rule).toList());
        assertEquals(List.of("sections.zorginhoud", "sections.organisatie", "sections.onderbouwing"),
                infos.stream().map(Finding::path).toList(), "the section with substance is the one listed");
        assertEquals("Ter beoordeling door de toetser van het Register: beschrijft sectie 'onderbouwing' de onderbouwing van de "
                + "inhoud toereikend? (For the Register's reviewer to judge: does section 'onderbouwing' describe the "
                + "substantiation of the content adequately?)", infos.get(2).message());
    }

    @Test
    void aMissingSectionIsNamedByItsUsualKey() {
        Doc doc = new Doc();
        doc.sections.clear();
        List<Finding> findings = Rules.check(doc.snapshot(), TODAY);
        assertEquals("sections", findings.get(0).path());
        assertEquals("De inhoud van zorg is niet beschreven (sectie 'zorginhoud'). "
                + "(The content of care is not described (section 'zorginhoud').)", findings.get(0).message());
    }

    @Test
    void aPatientVersionOrATimelineForIt() {
        Doc doc = new Doc();
        doc.patientVersion = null;
        assertEquals(List.of("tk-patient-version"), doc.rules());
        doc.timelines.add(new TimelineSnapshot("Cliëntenversie", LocalDate.of(2027, 6, 1), null));
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void aSummaryOrATimelineForIt() {
        Doc doc = new Doc();
        doc.summary = "";
        assertEquals(List.of("tk-summary"), doc.rules());
        doc.timelines.add(new TimelineSnapshot("samenvatting", LocalDate.of(2027, 6, 1), null));
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void aMaintenancePlanOrATimelineForIt() {
        Doc doc = new Doc();
        doc.plan = null;
        assertEquals(List.of("tk-maintenance-plan"), doc.rules());
        doc.timelines.add(new TimelineSnapshot("onderhoudsplan", LocalDate.of(2027, 1, 1), "met de koepel"));
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void aStandardIsMeasuredByAnInstrumentOrHasATimelineForOne() {
        Doc doc = new Doc();
        doc.instruments.clear();
        assertEquals(List.of("tk-instrument"), doc.rules());
        doc.timelines.add(new TimelineSnapshot("meetinstrument", LocalDate.of(2028, 1, 1), null));
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void aTimelineCountsUntilItsDueDateHasPassed() {
        Doc doc = new Doc();
        doc.patientVersion = null;
        doc.timelines.add(new TimelineSnapshot("cliëntenversie", TODAY, null));
        assertEquals(List.of(), doc.rules(), "due today has not passed");
        doc.timelines.set(0, new TimelineSnapshot("cliëntenversie", TODAY.minusDays(1), null));
        assertEquals(List.of("tk-patient-version"), doc.rules());
        doc.instruments.clear();
        doc.timelines.add(new TimelineSnapshot("meetinstrument", LocalDate.of(2020, 6, 30), null));
        assertEquals(List.of("tk-patient-version", "tk-instrument"), doc.rules());
    }

    /** Evidence reporting {@code results} as property, result pairs, with a population, size and reference. */
    private static EvidenceSnapshot study(String title, String... results) {
        List<PropertyStudySnapshot> studies = new ArrayList<>();
        for (int i = 0; i < results.length; i += 2) {
            studies.add(new PropertyStudySnapshot(results[i], results[i + 1], null));
        }
        return new EvidenceSnapshot("literature", title, null, 412, null, null, studies, "patiënten met jicht", "doi:10.1000/jicht");
    }

    private static final EvidenceSnapshot ALL_ESTABLISHED = study("Valide en betrouwbaar bevonden in 3 studies",
            "validity", "established", "reliability", "established", "discriminating-power", "established");

    @Test
    void aCompleteInstrumentHasNoFindingsToActOn() {
        assertEquals(List.of(), Doc.instrument().rules());
    }

    @Test
    void anInstrumentNeedsAWorkInstruction() {
        Doc doc = Doc.instrument();
        doc.workInstruction = null;
        assertEquals(List.of("tk-work-instruction"), doc.rules());
    }

    @Test
    void anInstrumentNamesItsStandardAndPurpose() {
        Doc doc = Doc.instrument();
        doc.standardId = " ";
        doc.purpose = null;
        assertEquals(List.of("tk-instrument-standard", "tk-instrument-purpose"), doc.rules());
        assertEquals(List.of("standardId", "purpose"), Rules.check(doc.snapshot(), TODAY).stream().map(Finding::path).toList());
        doc.standardId = null;
        assertEquals(List.of("tk-instrument-standard", "tk-instrument-purpose"), doc.rules());
    }

    @Test
    void anInstrumentHasIndicators() {
        Doc doc = Doc.instrument();
        doc.indicators.clear();
        assertEquals(List.of("tk-indicators"), doc.rules());
    }

    @Test
    void anInstrumentHasAMaintenancePlanOrATimelineForIt() {
        Doc doc = Doc.instrument();
        doc.plan = null;
        assertEquals(List.of("tk-maintenance-plan"), doc.rules());
        String message = Rules.check(doc.snapshot(), TODAY).get(0).message();
        assertTrue(message.startsWith("Het meetinstrument heeft geen onderhoudsplan"), message);
        doc.timelines.add(new TimelineSnapshot("onderhoudsplan", TODAY, null));
        assertEquals(List.of(), doc.rules());
        doc.timelines.set(0, new TimelineSnapshot("onderhoudsplan", TODAY.minusDays(1), null));
        assertEquals(List.of("tk-maintenance-plan"), doc.rules());
    }

    @Test
    void purchasingNeedsValidityAndReliabilityEstablished() {
        Doc doc = Doc.instrument();
        doc.purpose = "purchasing";
        assertEquals(List.of("tk-validity-reliability", "tk-validity-reliability"), doc.rules());
        doc.evidence.add(study("Validiteit van de vragenlijst", "validity", "established"));
        assertEquals(List.of("tk-validity-reliability"), doc.rules(), "validity alone is not enough");
        doc.evidence.add(study("Test-hertest", "reliability", "established"));
        assertEquals(List.of(), doc.rules(), "discriminating power is not asked for purchasing");
    }

    @Test
    void wordsInATitleEstablishNothing() {
        Doc doc = Doc.instrument();
        doc.purpose = "purchasing";
        doc.evidence.add(new EvidenceSnapshot("literature", "Validiteit en betrouwbaarheid", "validity and reliability", null, null, null));
        assertEquals(List.of("tk-validity-reliability", "tk-validity-reliability"), doc.rules());
        doc.evidence.set(0, study("validiteit niet onderzocht; betrouwbaarheid onbekend", "validity", "not-studied",
                "reliability", "not-established"));
        List<Finding> findings = Rules.check(doc.snapshot(), TODAY);
        assertEquals("Voor inkoop moet validiteit vastgesteld zijn: niet onderzocht volgens 'validiteit niet onderzocht; "
                + "betrouwbaarheid onbekend'. (Purchasing needs validity established: not studied according to 'validiteit niet "
                + "onderzocht; betrouwbaarheid onbekend'.)", findings.get(0).message());
        assertEquals("Voor inkoop moet betrouwbaarheid vastgesteld zijn: niet vastgesteld in 'validiteit niet onderzocht; "
                + "betrouwbaarheid onbekend'. (Purchasing needs reliability established: not established in 'validiteit niet "
                + "onderzocht; betrouwbaarheid onbekend'.)", findings.get(1).message());
        doc.evidence.set(0, ALL_ESTABLISHED);
        assertEquals(List.of(), doc.rules(), "a title without the keywords, facts that establish both");
    }

    @Test
    void publicInformationAlsoNeedsDiscriminatingPower() {
        Doc doc = Doc.instrument();
        doc.purpose = "public-information";
        doc.sections.add(new SectionSnapshot("gegevensaanlevering", "Gegevensaanlevering", "Via de landelijke registratie."));
        doc.evidence.add(study("Validatiestudie", "validity", "established", "reliability", "established"));
        assertEquals(List.of("tk-discriminating-power"), doc.rules());
        Finding missing = Rules.check(doc.snapshot(), TODAY).stream().filter(finding -> finding.severity() == Severity.ERROR)
                .findFirst().orElseThrow();
        assertEquals("evidence", missing.path());
        assertEquals("Voor publieke informatie moet onderscheidend vermogen vastgesteld zijn: geen onderbouwing meldt een "
                + "onderzoek ervan. (Public information needs discriminating power established: no evidence reports a study of "
                + "it.)", missing.message());
        doc.evidence.add(study("Verschillen tussen ziekenhuizen", "discriminating-power", "established"));
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void anEstablishedPropertyIsListedForTheRegistersReviewerWithItsStudy() {
        Doc doc = Doc.instrument();
        doc.purpose = "purchasing";
        doc.evidence.add(study("Eerdere studie", "validity", "not-established"));
        doc.evidence.add(ALL_ESTABLISHED);
        List<Finding> infos = Rules.check(doc.snapshot(), TODAY).stream().filter(finding -> finding.severity() == Severity.INFO)
                .filter(finding -> finding.rule().equals("tk-validity-reliability")).toList();
        assertEquals(2, infos.size());
        assertEquals("Ter beoordeling door de toetser van het Register: validiteit vastgesteld in 'Valide en betrouwbaar bevonden "
                + "in 3 studies' (patiënten met jicht; n = 412; doi:10.1000/jicht). (For the Register's reviewer to judge: "
                + "validity established in 'Valide en betrouwbaar bevonden in 3 studies' (patiënten met jicht; n = 412; "
                + "doi:10.1000/jicht).)", infos.get(0).message());
        doc.evidence.set(1, new EvidenceSnapshot("literature", "Kort", null, null, null, null,
                List.of(new PropertyStudySnapshot("validity", "established", null),
                        new PropertyStudySnapshot("reliability", "established", "ICC 0,9")), " ", "doi:10.1000/kort"));
        assertTrue(Rules.check(doc.snapshot(), TODAY).get(0).message().contains("in 'Kort' (doi:10.1000/kort)"));
    }

    @Test
    void anEstablishedPropertyWithoutAReferenceIsAWarning() {
        Doc doc = Doc.instrument();
        doc.purpose = "purchasing";
        doc.evidence.add(new EvidenceSnapshot("literature", "Eigen onderzoek", null, null, null, null,
                List.of(new PropertyStudySnapshot("validity", "established", null),
                        new PropertyStudySnapshot("reliability", "established", null)), null, null));
        List<Finding> findings = Rules.check(doc.snapshot(), TODAY);
        assertEquals(List.of(Severity.WARNING, Severity.WARNING), findings.stream().map(Finding::severity).toList());
        assertEquals("Betrouwbaarheid is vastgesteld volgens 'Eigen onderzoek', zonder bron: de toetser van het Register kan het "
                + "onderzoek niet nalezen. (Reliability is established according to 'Eigen onderzoek', without a reference: the "
                + "Register's reviewer cannot read the study.)", findings.get(1).message());
        assertEquals(List.of("tk-validity-reliability", "tk-validity-reliability"), doc.rules());
    }

    @Test
    void improvementAsksNoMeasurementProperty() {
        Doc doc = Doc.instrument();
        doc.evidence.add(study("Niet onderzocht", "validity", "not-studied"));
        assertEquals(List.of(), Rules.check(doc.snapshot(), TODAY));
    }

    @Test
    void publicInformationNeedsADataDeliveryDescription() {
        Doc doc = Doc.instrument();
        doc.purpose = "public-information";
        doc.evidence.add(ALL_ESTABLISHED);
        assertEquals(List.of("tk-data-delivery"), doc.rules());
        doc.sections.add(new SectionSnapshot("gegevensaanlevering", "Gegevensaanlevering", "Via de landelijke registratie."));
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void publicInformationAcceptsATimelineForTheDataDelivery() {
        Doc doc = Doc.instrument();
        doc.purpose = "public-information";
        doc.evidence.add(ALL_ESTABLISHED);
        doc.timelines.add(new TimelineSnapshot("Gegevensaanlevering via de registratie", TODAY.plusMonths(6), null));
        assertEquals(List.of(), doc.rules());
        doc.timelines.set(0, new TimelineSnapshot("data delivery", TODAY.minusDays(1), null));
        assertEquals(List.of("tk-data-delivery"), doc.rules(), "a data delivery promised for yesterday is missing");
    }

    @Test
    void aTimelineForAnotherPartDoesNotStandInForTheDataDelivery() {
        Doc doc = Doc.instrument();
        doc.purpose = "public-information";
        doc.evidence.add(ALL_ESTABLISHED);
        doc.timelines.add(new TimelineSnapshot("werkinstructie", TODAY.plusMonths(6), null));
        assertEquals(List.of("tk-data-delivery"), doc.rules());
    }

    @Test
    void everyIndicatorHasNumeratorDenominatorWhereNeededAndDataSource() {
        Doc doc = Doc.instrument();
        doc.indicators.add(new IndicatorSnapshot("praktijk", "Praktijkondersteuner aanwezig", "structure", "ja/nee", null,
                null, "Enquête", null, null));
        assertEquals(List.of(), doc.rules(), "a structure indicator needs no denominator");
        doc.indicators.add(new IndicatorSnapshot("pijn", "Pijn", "prom", null, null, null, null, null, null));
        assertEquals(List.of("tk-indicator-numerator", "tk-indicator-denominator", "tk-indicator-data-source"), doc.rules());
        Finding first = Rules.check(doc.snapshot(), TODAY).get(0);
        assertEquals("indicators.pijn.numerator", first.path());
        assertEquals(Severity.ERROR, first.severity());
    }

    @Test
    void messagesAreInDutchWithTheEnglishInBrackets() {
        Doc doc = new Doc();
        doc.summary = null;
        String message = Rules.check(doc.snapshot(), TODAY).stream().filter(finding -> finding.rule().equals("tk-summary"))
                .findFirst().orElseThrow().message();
        assertTrue(message.startsWith("Er is geen samenvatting"), message);
        assertTrue(message.endsWith("(There is no summary, nor a timeline for one.)"), message);
        assertFalse(message.isBlank());
    }
}
