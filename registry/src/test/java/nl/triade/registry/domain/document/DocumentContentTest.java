package nl.triade.registry.domain.document;

import static nl.triade.registry.domain.document.DocumentFixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.actor.OrganisationKind;
import org.junit.jupiter.api.Test;

class DocumentContentTest {

    @Test
    void contentWithoutAbsenceStatementsHashesAsBeforeTheyExisted() {
        DocumentContent content = content(List.of(new Section("zorg", "Zorg", "tekst")));
        Map<String, Object> landedForm = Map.of("kind", content.kind(), "fields", content.fields(),
                "participants", content.participants(), "sections", content.sections(), "indicators", content.indicators(),
                "evidence", content.evidence());
        assertEquals(CanonicalJson.sha256(landedForm), content.hash());
        DocumentContent stated = content.withAbsence(new AbsenceStatement(OrganisationKind.INSURER, "Geen verzekeraar.",
                "patienten", "acc_1"));
        assertNotEquals(content.hash(), stated.hash());
        assertEquals(content.hash(), stated.withoutAbsence(OrganisationKind.INSURER).hash());
    }

    @Test
    void equalContentHashesEqually() {
        assertEquals(content(List.of(new Section("zorg", "Zorg", "tekst"))).hash(),
                content(List.of(new Section("zorg", "Zorg", "tekst"))).hash());
    }

    @Test
    void anyChangeToTheTextChangesTheHash() {
        String before = content(List.of(new Section("zorg", "Zorg", "tekst"))).hash();
        assertNotEquals(before, content(List.of(new Section("zorg", "Zorg", "tekst."))).hash());
        assertNotEquals(before, content(List.of(new Section("zorg", "Zorg ", "tekst"))).hash());
        assertNotEquals(before, content(List.of(new Section("zorg", "Zorg", "tekst"))).withFields(DocumentFixtures.fields("Ander")).hash());
    }

    @Test
    void theOrderOfSectionsIsContent() {
        Section first = new Section("a", "A", "1");
        Section second = new Section("b", "B", "2");
        assertNotEquals(content(List.of(first, second)).hash(), content(List.of(second, first)).hash());
    }

    @Test
    void changingASectionKeepsItsPlace() {
        DocumentContent content = content(List.of(new Section("a", "A", "1"), new Section("b", "B", "2")));
        DocumentContent changed = content.withSection(new Section("a", "A", "een"));
        assertEquals(List.of("a", "b"), changed.sections().stream().map(Section::key).toList());
        assertEquals("een", changed.section("a").orElseThrow().body());
    }

    @Test
    void partRevisionsAreNotContent() {
        Document document = DocumentFixtures.document(DocumentStatus.DRAFT);
        Document touched = document.next(document.content(), PartRevisions.section("zorg"), DocumentFixtures.NOW);
        assertEquals(document.contentHash(), touched.contentHash());
        assertEquals(4, touched.sectionRevision("zorg"));
    }
}
