package nl.triade.registry.domain.document;

import static nl.triade.registry.domain.document.DocumentFixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.ContentChange.Kind;
import nl.triade.registry.domain.document.ContentChange.Part;
import nl.triade.registry.domain.document.DiffPiece.Op;
import org.junit.jupiter.api.Test;

/** Indicators and evidence are parts of the content like sections: a diff that missed them would hide a change from reviewers. */
class RevisionDiffPartsTest {
    private static final Indicator VOETONDERZOEK = new Indicator("voet", "Jaarlijks voetonderzoek", IndicatorType.PROCESS,
            "patiënten met voetonderzoek", "patiënten met diabetes", null, "HIS", "%", "jaar");
    private static final Evidence SPIEGELGESPREK = new Evidence("ev_1", EvidenceType.MIRROR_CONVERSATION, "Spiegelgesprek",
            "Twaalf patiënten over hun voetzorg", 12, LocalDate.of(2026, 10, 1), null);

    private static List<ContentChange> between(DocumentContent before, DocumentContent after) {
        return RevisionDiff.withTextDiffs(RevisionDiff.changes(before, after, DiffLimits.DEFAULT));
    }

    @Test
    void anAddedChangedAndRemovedIndicatorAreEachReported() {
        DocumentContent none = content(List.of());
        DocumentContent with = none.withIndicator(VOETONDERZOEK);
        Indicator changed = new Indicator("voet", "Jaarlijks voetonderzoek", IndicatorType.PROCESS,
                "patiënten met voetonderzoek", "patiënten met diabetes", null, "registratie", "%", "jaar");
        assertEquals(List.of(new ContentChange(Part.INDICATOR, "voet", Kind.ADDED, null, VOETONDERZOEK, null)),
                between(none, with));
        assertEquals(List.of(new ContentChange(Part.INDICATOR, "voet", Kind.CHANGED, VOETONDERZOEK, changed, null,
                        List.of(new FieldChange("indicators.voet.dataSource", Kind.CHANGED, "HIS", "registratie",
                                List.of(new DiffPiece(Op.DELETE, "HIS"), new DiffPiece(Op.INSERT, "registratie")))))),
                between(with, none.withIndicator(changed)));
        assertEquals(List.of(new ContentChange(Part.INDICATOR, "voet", Kind.REMOVED, VOETONDERZOEK, null, null)),
                between(with, none));
    }

    @Test
    void addedAndRemovedEvidenceIsReported() {
        DocumentContent none = content(List.of());
        DocumentContent with = none.withEvidence(SPIEGELGESPREK);
        assertEquals(List.of(new ContentChange(Part.EVIDENCE, "ev_1", Kind.ADDED, null, SPIEGELGESPREK, null)),
                between(none, with));
        assertEquals(List.of(new ContentChange(Part.EVIDENCE, "ev_1", Kind.REMOVED, SPIEGELGESPREK, null, null)),
                between(with, none));
    }
}
