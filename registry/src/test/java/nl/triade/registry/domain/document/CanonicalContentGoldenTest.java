package nl.triade.registry.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.actor.OrganisationKind;
import org.junit.jupiter.api.Test;

/**
 * Golden: the canonical text and {@code contentHash} of two fixed documents. Every approval binds
 * to such a hash and the Register receives this text, so neither may change by accident; a change
 * here needs a new content format version, never an edited expectation.
 */
class CanonicalContentGoldenTest {

    /** Every record of the content model and every optional member present at least once. */
    static DocumentContent everything() {
        DocumentFields fields = new DocumentFields("Diabetes type 2", "diabetes", "Samenvatting", "Cliëntenversie in B1.",
                new MaintenancePlan("diabetesvereniging", 36),
                List.of(new Timeline("meetinstrument", LocalDate.of(2027, 6, 30), "Wordt \"samen\" ontwikkeld.")),
                "doc_standard", Purpose.PUBLIC_INFORMATION, "Werkinstructie", LocalDate.of(2029, 1, 1));
        return new DocumentContent(DocumentKind.INSTRUMENT, fields,
                List.of(new Participant("diabetesvereniging", ParticipantRole.AUTHOR, null),
                        new Participant("zorgverzekeraar-a", ParticipantRole.DECLINED, "Geen capaciteit.")),
                List.of(new Section("zorginhoud", "Inhoud van zorg", "Jaarlijkse *voetcontrole*.\n")),
                List.of(new Indicator("voet", "Voetonderzoek", IndicatorType.PROCESS, "onderzocht", "alle patiënten",
                        "palliatief", "HIS", "percentage", "jaar")),
                List.of(new Evidence("ev_1", EvidenceType.FOCUS_GROUP, "Focusgroep", "Patiënten willen...", 12,
                        LocalDate.of(2026, 3, 1), "zorginhoud")),
                List.of(new AbsenceStatement(OrganisationKind.PROVIDER, "Geen zorgverlenersorganisatie in Triade.",
                        "diabetesvereniging", "acc_1")));
    }

    /** Optional members absent: nulls are written as null, and the omit-when-empty absences are left out. */
    static DocumentContent bare() {
        DocumentFields fields = new DocumentFields("Leeg", null, null, null, null, List.of(), null, null, null, null);
        return new DocumentContent(DocumentKind.STANDARD, fields, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aDocumentWithEveryMemberHasItsKnownCanonicalTextAndHash() {
        DocumentContent content = everything();
        assertEquals("""
                {"absences":[{"motivation":"Geen zorgverlenersorganisatie in Triade.","party":"provider",\
                "recordedByAccount":"acc_1","recordedByOrganisation":"diabetesvereniging"}],\
                "evidence":[{"collectedOn":"2026-03-01","id":"ev_1","respondents":12,"sectionKey":"zorginhoud",\
                "summary":"Patiënten willen...","title":"Focusgroep","type":"focus-group"}],\
                "fields":{"condition":"diabetes","maintenancePlan":{"maintainedBy":"diabetesvereniging",\
                "reviewIntervalMonths":36},"patientVersion":"Cliëntenversie in B1.","purpose":"public-information",\
                "reviewBy":"2029-01-01","standardId":"doc_standard","summary":"Samenvatting",\
                "timelines":[{"deliverable":"meetinstrument","description":"Wordt \\"samen\\" ontwikkeld.",\
                "dueDate":"2027-06-30"}],"title":"Diabetes type 2","workInstruction":"Werkinstructie"},\
                "indicators":[{"dataSource":"HIS","denominator":"alle patiënten","exclusions":"palliatief",\
                "key":"voet","numerator":"onderzocht","period":"jaar","title":"Voetonderzoek","type":"process",\
                "unit":"percentage"}],"kind":"instrument",\
                "participants":[{"motivation":null,"organisation":"diabetesvereniging","role":"author"},\
                {"motivation":"Geen capaciteit.","organisation":"zorgverzekeraar-a","role":"declined"}],\
                "sections":[{"body":"Jaarlijkse *voetcontrole*.\\n","key":"zorginhoud","title":"Inhoud van zorg"}]}""",
                CanonicalJson.write(content));
        assertEquals("e92be7a82d3daf2a02d8ea74b96207ec639d3065e0d0e600f703a3be16dbcbcf", content.hash());
    }

    @Test
    void aDocumentWithoutOptionalMembersHasItsKnownCanonicalTextAndHash() {
        DocumentContent content = bare();
        assertEquals("""
                {"evidence":[],"fields":{"condition":null,"maintenancePlan":null,"patientVersion":null,"purpose":null,\
                "reviewBy":null,"standardId":null,"summary":null,"timelines":[],"title":"Leeg","workInstruction":null},\
                "indicators":[],"kind":"standard","participants":[],"sections":[]}""",
                CanonicalJson.write(content));
        assertEquals("ba5d85fb992c008b9371041b08a1790ab46d2f9b7162d1657fb2400928c3527e", content.hash());
    }

    /**
     * Evidence of measurement properties, which came after the two documents above: its members are
     * written like every other, and an item without them is written exactly as before they existed.
     */
    @Test
    void evidenceWithStudiesHasItsKnownCanonicalTextAndWithoutThemItsOldOne() {
        Evidence study = new Evidence("ev_2", EvidenceType.LITERATURE, "Valide en betrouwbaar bevonden in 3 studies", null, 412,
                null, null, List.of(new PropertyStudy(MeasurementProperty.VALIDITY, StudyResult.ESTABLISHED, "r = 0,71"),
                        new PropertyStudy(MeasurementProperty.DISCRIMINATING_POWER, StudyResult.NOT_STUDIED, null)),
                "volwassenen met diabetes", "doi:10.1000/182");
        assertEquals("""
                {"collectedOn":null,"id":"ev_2","population":"volwassenen met diabetes","reference":"doi:10.1000/182",\
                "respondents":412,"sectionKey":null,"studies":[{"note":"r = 0,71","property":"validity","result":"established"},\
                {"note":null,"property":"discriminating-power","result":"not-studied"}],"summary":null,\
                "title":"Valide en betrouwbaar bevonden in 3 studies","type":"literature"}""", CanonicalJson.write(study));
        assertEquals("8d6fbf5a79f95c50baf392351f77505c02531e2146602a85e52b15c5752f2421", CanonicalJson.sha256(study));
        Evidence without = new Evidence("ev_1", EvidenceType.FOCUS_GROUP, "Focusgroep", "Patiënten willen...", 12,
                LocalDate.of(2026, 3, 1), "zorginhoud", List.of(), null, null);
        assertEquals(CanonicalJson.write(everything().evidence().get(0)), CanonicalJson.write(without));
    }

    /** An indicator's improvement notation came later too: written when set, and an indicator without it as before. */
    @Test
    void anIndicatorWithItsImprovementNotationHasItsKnownCanonicalTextAndWithoutItItsOldOne() {
        Indicator amputations = new Indicator("amputaties", "Amputaties", IndicatorType.OUTCOME, "amputaties", "alle patiënten",
                null, "DPARD", "per 1.000", "jaar", ImprovementNotation.DECREASE);
        assertEquals("""
                {"dataSource":"DPARD","denominator":"alle patiënten","exclusions":null,"improvementNotation":"decrease",\
                "key":"amputaties","numerator":"amputaties","period":"jaar","title":"Amputaties","type":"outcome",\
                "unit":"per 1.000"}""", CanonicalJson.write(amputations));
        assertEquals("3a92d3b62df1443e1e7703b4a0f95db02f5b1e39ea9f54fff434d19fac37b0a0", CanonicalJson.sha256(amputations));
        Indicator without = new Indicator("voet", "Voetonderzoek", IndicatorType.PROCESS, "onderzocht", "alle patiënten",
                "palliatief", "HIS", "percentage", "jaar", null);
        assertEquals(CanonicalJson.write(everything().indicators().get(0)), CanonicalJson.write(without));
    }
}
