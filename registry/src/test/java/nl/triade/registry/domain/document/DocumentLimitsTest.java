package nl.triade.registry.domain.document;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.LimitExceededException;
import org.junit.jupiter.api.Test;

class DocumentLimitsTest {
    private static final DocumentContent EMPTY = DocumentFixtures.content(List.of());

    private static LimitExceededException refused(DocumentContent before, DocumentContent after) {
        return assertThrows(LimitExceededException.class,
                () -> DocumentLimits.check(before, after, CanonicalJson.write(after)));
    }

    private static void accepted(DocumentContent before, DocumentContent after) {
        assertDoesNotThrow(() -> DocumentLimits.check(before, after, CanonicalJson.write(after)));
    }

    private static List<Section> sections(int count, int bodyLength) {
        return IntStream.range(0, count).mapToObj(i -> new Section("s" + i, "S", "b".repeat(bodyLength))).toList();
    }

    private static DocumentContent withParts(List<Participant> participants, List<Section> sections, List<Indicator> indicators,
                                             List<Evidence> evidence) {
        return new DocumentContent(DocumentKind.INSTRUMENT, EMPTY.fields(), participants, sections, indicators, evidence);
    }

    @Test
    void fiveHundredSectionsAreAllowedAndTheFiveHundredAndFirstIsNot() {
        DocumentContent full = DocumentFixtures.content(sections(500, 1));
        accepted(EMPTY, full);

        LimitExceededException refusal = refused(full, DocumentFixtures.content(sections(501, 1)));
        assertEquals("max-sections", refusal.rule().wire());
        assertEquals("sections", refusal.field());
        assertEquals(500, refusal.limit());
        assertEquals(false, refusal.isSize());
    }

    @Test
    void indicatorsEvidenceAndParticipantsHaveTheirOwnCounts() {
        List<Indicator> indicators = IntStream.range(0, 501)
                .mapToObj(i -> new Indicator("i" + i, "I", IndicatorType.PROCESS, null, null, null, null, null, null)).toList();
        List<Evidence> evidence = IntStream.range(0, 501)
                .mapToObj(i -> new Evidence("ev" + i, EvidenceType.SURVEY, "E", null, null, null, null)).toList();
        List<Participant> participants = IntStream.range(0, 101)
                .mapToObj(i -> new Participant("org" + i, ParticipantRole.AUTHOR, null)).toList();
        DocumentContent base = withParts(List.of(), List.of(), List.of(), List.of());

        assertEquals("max-indicators", refused(base, withParts(List.of(), List.of(), indicators, List.of())).rule().wire());
        assertEquals("max-evidence", refused(base, withParts(List.of(), List.of(), List.of(), evidence)).rule().wire());
        assertEquals("max-participants", refused(base, withParts(participants, List.of(), List.of(), List.of())).rule().wire());
        accepted(base, withParts(participants.subList(0, 100), List.of(), indicators.subList(0, 500), evidence.subList(0, 500)));
    }

    @Test
    void fiftySectionsOfTwentyKilobytesFitWithRoomToSpare() {
        DocumentContent large = DocumentFixtures.content(sections(50, 20_000));
        accepted(EMPTY, large);
        assertEquals(true, DocumentLimits.utf8Length(CanonicalJson.write(large)) < DocumentLimits.MAX_CONTENT_BYTES / 2);
    }

    @Test
    void contentPastTwoMebibytesIsRefusedAsASizeNamingThePartThatGrew() {
        DocumentContent before = DocumentFixtures.content(sections(10, 200_000));
        List<Section> more = new ArrayList<>(before.sections());
        more.add(new Section("extra", "E", "x".repeat(100_000)));

        LimitExceededException refusal = refused(before, DocumentFixtures.content(more));
        assertEquals("max-content-bytes", refusal.rule().wire());
        assertEquals("sections", refusal.field());
        assertEquals(2_097_152, refusal.limit());
        assertEquals(true, refusal.isSize());
    }

    @Test
    void aDocumentAlreadyPastALimitMayShrinkButNotGrow() {
        DocumentContent oversized = DocumentFixtures.content(sections(600, 5_000));
        accepted(oversized, DocumentFixtures.content(sections(599, 5_000)));
        refused(oversized, DocumentFixtures.content(sections(601, 5_000)));
    }

    @Test
    void utf8LengthCountsBytesNotCharacters() {
        assertEquals(1 + 2 + 3 + 4, DocumentLimits.utf8Length("a" + "ë" + "€" + "😀"));
    }
}
