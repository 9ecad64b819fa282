package nl.triade.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSnapshotTest {

    private static DocumentSnapshot snapshot(List<SectionSnapshot> sections) {
        return new DocumentSnapshot("doc_1", "standard", "draft", 1, 3, "0".repeat(64), "Diabetes type 2", null, null,
                null, null, null, null, null, List.of(), sections, List.of(), null, List.of(), List.of(), List.of());
    }

    @Test
    void aPluginCannotChangeTheSnapshotItWasGiven() {
        DocumentSnapshot document = snapshot(List.of(new SectionSnapshot("zorg", "Zorginhoud", "tekst")));
        assertThrows(UnsupportedOperationException.class, () -> document.sections().clear());
    }

    @Test
    void laterChangesToTheHostsListDoNotLeakIntoTheSnapshot() {
        List<SectionSnapshot> sections = new ArrayList<>(List.of(new SectionSnapshot("zorg", "Zorginhoud", "tekst")));
        DocumentSnapshot document = snapshot(sections);
        sections.add(new SectionSnapshot("extra", "Extra", "meer"));
        assertEquals(1, document.sections().size());
    }

    @Test
    void anIndicatorNeedsATypeButMayLackItsDataSource() {
        assertThrows(NullPointerException.class,
                () -> new IndicatorSnapshot("hba1c", "HbA1c onder 53", null, null, null, null, null, null, null));
        IndicatorSnapshot open = new IndicatorSnapshot("hba1c", "HbA1c onder 53", "outcome", "teller", "noemer",
                null, null, null, null);
        assertEquals(null, open.dataSource());
    }

    @Test
    void aTijdpadIsPendingUntilTheEndOfItsDueDateAndOnlyForTheDeliverableItNames() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        DocumentSnapshot document = new DocumentSnapshot("doc_1", "standard", "draft", 1, 3, "0".repeat(64), "Diabetes type 2",
                null, null, null, null, null, null, null, List.of(), List.of(), List.of(), null,
                List.of(new TimelineSnapshot("Cliëntenversie", today, null), new TimelineSnapshot("samenvatting", today.minusDays(1), null)),
                List.of(), List.of());
        assertTrue(document.hasPendingTimelineFor(today, "cliëntenversie"), "due today, named in another case");
        assertFalse(document.hasPendingTimelineFor(today.plusDays(1), "cliëntenversie"), "its due date has passed");
        assertFalse(document.hasPendingTimelineFor(today, "samenvatting"), "due yesterday");
        assertFalse(document.hasPendingTimelineFor(today, "onderhoudsplan"), "no tijdpad names it");
    }
}
