package nl.triade.plugins.insurerreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.IndicatorSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.ReviewComment;
import nl.triade.spi.SectionSnapshot;
import org.junit.jupiter.api.Test;

class InsurerReviewerTest {
    private static final PluginContext CONTEXT = new PluginContext("insurer-review", Clock.systemUTC(),
            Map.of("organisation", "verzekeraar"));

    private static IndicatorSnapshot indicator(String key, String dataSource, String period) {
        return new IndicatorSnapshot(key, "Indicator " + key, "process", "teller", "noemer", null, dataSource, null, period);
    }

    private static DocumentSnapshot document(List<SectionSnapshot> sections, List<IndicatorSnapshot> indicators) {
        return new DocumentSnapshot("doc_1", indicators.isEmpty() ? "standard" : "instrument", "consultation", 1, 1,
                "0".repeat(64), "Titel", null, null, null, null, null, null, null, List.of(), sections, indicators, null,
                List.of(), List.of(), List.of());
    }

    private static List<ReviewComment> review(DocumentSnapshot document, PluginContext context) {
        return new InsurerReviewer().review(document, context);
    }

    @Test
    void aWellMeasuredDocumentGetsNoComments() {
        assertEquals(List.of(), review(document(List.of(), List.of(indicator("a", "HIS", "kalenderjaar"))), CONTEXT));
    }

    @Test
    void anIndicatorWithoutADataSourceIsQuestioned() {
        List<ReviewComment> comments = review(document(List.of(), List.of(indicator("voet", null, "jaar"))), CONTEXT);
        assertEquals(1, comments.size());
        assertTrue(comments.get(0).body().contains("'voet' heeft geen gegevensbron"));
    }

    @Test
    void frequentMeasurementIsRegistrationBurden() {
        List<ReviewComment> comments = review(document(List.of(), List.of(indicator("gewicht", "HIS", "per week"))), CONTEXT);
        assertEquals(1, comments.size());
        assertTrue(comments.get(0).body().contains("registratietijd"));
    }

    @Test
    void tooManyIndicatorsIsRegistrationBurden() {
        List<IndicatorSnapshot> indicators = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            indicators.add(indicator("i" + i, "HIS", "jaar"));
        }
        PluginContext strict = new PluginContext("insurer-review", Clock.systemUTC(), Map.of("organisation", "v", "max-indicators", "3"));
        List<ReviewComment> comments = review(document(List.of(), indicators), strict);
        assertEquals(1, comments.size());
        assertTrue(comments.get(0).body().contains("4 indicatoren"));
        assertEquals(List.of(), review(document(List.of(), indicators), CONTEXT), "the default limit is 8");
    }

    @Test
    void aSectionAboutCostsWithoutAnIndicatorIsCommentedOn() {
        SectionSnapshot costs = new SectionSnapshot("vergoeding", "Vergoeding", "De kosten van de podotherapeut worden vergoed.");
        SectionSnapshot care = new SectionSnapshot("zorg", "Zorg", "Jaarlijks voetonderzoek.");
        List<ReviewComment> comments = review(document(List.of(costs, care), List.of()), CONTEXT);
        assertEquals(1, comments.size());
        assertEquals("vergoeding", comments.get(0).sectionKey());
        assertNull(review(document(List.of(care), List.of()), CONTEXT).stream().findFirst().orElse(null));
    }
}
