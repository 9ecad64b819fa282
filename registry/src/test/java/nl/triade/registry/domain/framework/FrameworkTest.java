package nl.triade.registry.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.WireNames;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    @Test
    void theVersionInForceOnTheSubmissionDayApplies() {
        assertEquals(Framework.TK_2015, Framework.inForceOn(LocalDate.of(2021, 6, 30)));
        assertEquals(Framework.TK_3, Framework.inForceOn(LocalDate.of(2021, 7, 1)));
        assertEquals(Framework.TK_3, Framework.inForceOn(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void standardsDevelopedBeforeTheFirstFrameworkAreJudgedByIt() {
        assertEquals(Framework.TK_2015, Framework.inForceOn(LocalDate.of(2013, 3, 1)));
    }

    @Test
    void everyFrameworkNamesCriteriaForStandardsAndInstruments() {
        for (Framework framework : Framework.values()) {
            for (Subject subject : Subject.values()) {
                List<Criterion> criteria = Criterion.of(framework, subject);
                assertFalse(criteria.isEmpty(), framework + " " + subject);
                criteria.forEach(criterion -> assertEquals(framework, criterion.framework()));
            }
        }
        assertTrue(Criterion.of(Framework.TK_3, Subject.STANDARD).contains(Criterion.TK3_C7));
        assertFalse(Criterion.of(Framework.TK_2015, Subject.STANDARD).contains(Criterion.TK3_C7));
    }

    @Test
    void criterionIdsAreTheirWireNamesAndStayPut() {
        Arrays.stream(Criterion.values()).forEach(criterion -> assertEquals(WireNames.of(criterion), criterion.id()));
        assertEquals(List.of("tk2015-ks1", "tk2015-ks2", "tk2015-ks3", "tk2015-ks4", "tk2015-ks5", "tk2015-ks6",
                        "tk2015-transitional", "tk2015-mi1", "tk2015-mi2", "tk2015-mi3", "tk2015-mi4", "tk2015-mi5", "tk2015-mi6",
                        "tk3-c1", "tk3-c2", "tk3-c3", "tk3-c4", "tk3-c5", "tk3-c6", "tk3-c7", "tk3-c8",
                        "tk3-mi1", "tk3-mi2", "tk3-mi3", "tk3-mi4", "tk3-mi5", "tk3-mi6"),
                Arrays.stream(Criterion.values()).map(Criterion::id).toList());
        assertEquals(Optional.of(Criterion.TK3_C7), Criterion.byId("tk3-c7"));
        assertEquals(Optional.empty(), Criterion.byId("tk3-c99"));
    }
}
