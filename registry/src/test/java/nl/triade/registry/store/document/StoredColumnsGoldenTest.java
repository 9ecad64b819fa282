package nl.triade.registry.store.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Workflow;
import nl.triade.registry.domain.validation.FindingSeverity;
import nl.triade.registry.domain.validation.ValidationFinding;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.StoredJson;
import org.junit.jupiter.api.Test;

/**
 * Golden: the JSON columns beside the content, as every existing database holds them. Each fixed
 * value is written to the exact text stored today, and text as an earlier release stored it (rows
 * copied from {@code upgrade/landed-release.db} where it has them) reads back to the fixed value.
 * A change here leaves existing rows unreadable: it needs a migration, never an edited expectation.
 * The validation reports' findings are pinned here too, so that every stored column is in one place
 * beside the package-private column records of the document store.
 */
class StoredColumnsGoldenTest {
    private static final TypeReference<List<ValidationFinding>> FINDINGS = new TypeReference<>() {
    };

    private final StoredJson json = new StoredJson(JsonMappers.create());

    @Test
    void theWorkflowColumnKeepsItsText() {
        Workflow frozen = new Workflow(4, "e92be7a82d3daf2a02d8ea74b96207ec639d3065e0d0e600f703a3be16dbcbcf",
                Instant.parse("2026-05-01T12:00:00.250Z"), DocumentStatus.AUTHORISATION);
        String stored = """
                {"frozenRevision":4,"frozenHash":"e92be7a82d3daf2a02d8ea74b96207ec639d3065e0d0e600f703a3be16dbcbcf",\
                "consultationClosesAt":"2026-05-01T12:00:00.250Z","withdrawnFrom":"authorisation"}""";
        assertEquals(stored, json.write(frozen));
        assertEquals(frozen, json.read(stored, Workflow.class));
        assertEquals("""
                {"frozenRevision":null,"frozenHash":null,"consultationClosesAt":null,"withdrawnFrom":null}""",
                json.write(Workflow.NONE));
    }

    @Test
    void aWorkflowAsTheLandedReleaseStoredItStillReads() {
        assertEquals(Workflow.NONE, json.read("""
                {"frozenRevision":null,"frozenHash":null,"consultationClosesAt":null}""", Workflow.class));
    }

    @Test
    void thePartRevisionsColumnKeepsItsText() {
        PartRevisionsColumn revisions = new PartRevisionsColumn(Map.of("zorginhoud", 14), Map.of());
        String stored = """
                {"sections":{"zorginhoud":14},"indicators":{}}""";
        assertEquals(stored, json.write(revisions));
        assertEquals(revisions, json.read(stored, PartRevisionsColumn.class));
    }

    @Test
    void partRevisionsAsTheLandedReleaseStoredThemStillRead() {
        assertEquals(new PartRevisionsColumn(Map.of("nieuw", 15, "organisatie", 3, "zorginhoud", 14), Map.of()),
                json.read("""
                        {"sections":{"nieuw":15,"organisatie":3,"zorginhoud":14},"indicators":{}}""",
                        PartRevisionsColumn.class));
        assertEquals(new PartRevisionsColumn(Map.of(), Map.of("ervaren-zorg", 3, "hba1c", 2)), json.read("""
                {"sections":{},"indicators":{"ervaren-zorg":3,"hba1c":2}}""", PartRevisionsColumn.class));
    }

    @Test
    void theRevisionManifestKeepsItsText() {
        RevisionManifest manifest = new RevisionManifest(DocumentKind.INSTRUMENT, 7, List.of(1L, 2L), List.of(3L),
                List.of(4L, 5L), List.of(), List.of(6L));
        String stored = """
                {"kind":"instrument","fields":7,"participants":[1,2],"sections":[3],"indicators":[4,5],"evidence":[],\
                "absences":[6]}""";
        assertEquals(stored, json.write(manifest));
        assertEquals(manifest, json.read(stored, RevisionManifest.class));
    }

    @Test
    void aManifestWrittenBeforeAbsencesReadsWithoutAbsences() {
        assertEquals(new RevisionManifest(DocumentKind.STANDARD, 1, List.of(), List.of(2L), List.of(), List.of(), List.of()),
                json.read("""
                        {"kind":"standard","fields":1,"participants":[],"sections":[2],"indicators":[],"evidence":[]}""",
                        RevisionManifest.class));
    }

    @Test
    void theFindingsColumnKeepsTheLandedReleasesText() {
        List<ValidationFinding> findings = List.of(new ValidationFinding("patient-perspective", "pp-readability",
                FindingSeverity.INFO, "patientVersion", "Flesch-Douma 99 (B1)."));
        String stored = """
                [{"validator":"patient-perspective","rule":"pp-readability","severity":"info","path":"patientVersion",\
                "message":"Flesch-Douma 99 (B1)."}]""";
        assertEquals(stored, json.write(findings));
        assertEquals(findings, json.read(stored, FINDINGS));
    }

    @Test
    void aFindingWithoutPathKeepsItsText() {
        List<ValidationFinding> findings = List.of(new ValidationFinding("plugin-x", "plugin-failed", FindingSeverity.ERROR,
                null, "timed out"));
        String stored = """
                [{"validator":"plugin-x","rule":"plugin-failed","severity":"error","path":null,"message":"timed out"}]""";
        assertEquals(stored, json.write(findings));
        assertEquals(findings, json.read(stored, FINDINGS));
    }

    @Test
    void aFindingOfAnOrganisationsValidatorKeepsItsInstanceAndWhetherItIsAdvice() {
        List<ValidationFinding> findings = List.of(
                new ValidationFinding("patient-perspective", "pp-prom-prem", FindingSeverity.ERROR, "indicators", "Geen PROM.",
                        "diabetesvereniging", true),
                new ValidationFinding("toetsingskader", "tk-summary", FindingSeverity.ERROR, "summary", "Geen samenvatting.",
                        "zorginstituut", false));
        String stored = """
                [{"validator":"patient-perspective","rule":"pp-prom-prem","severity":"error","path":"indicators",\
                "message":"Geen PROM.","organisation":"diabetesvereniging","advice":true},\
                {"validator":"toetsingskader","rule":"tk-summary","severity":"error","path":"summary",\
                "message":"Geen samenvatting.","organisation":"zorginstituut"}]""";
        assertEquals(stored, json.write(findings));
        assertEquals(findings, json.read(stored, FINDINGS));
    }
}
