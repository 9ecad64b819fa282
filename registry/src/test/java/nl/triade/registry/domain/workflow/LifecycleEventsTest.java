package nl.triade.registry.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.DocumentStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Status changes keep the event types earlier releases derived from the action or the status reached. */
class LifecycleEventsTest {

    @ParameterizedTest
    @EnumSource(TransitionAction.class)
    void aTransitionIsRecordedUnderItsActionsName(TransitionAction action) {
        assertEquals("document." + WireNames.of(action), action.event().wire());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"DRAFT", "FINAL", "SUBMITTED", "REGISTERED", "REJECTED"})
    void aDecisionOrVerdictIsRecordedUnderTheStatusItReached(DocumentStatus reached) {
        assertEquals("document." + WireNames.of(reached), LifecycleSteps.eventOf(reached).wire());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"CONSULTATION", "AUTHORISATION", "WITHDRAWN"})
    void onlyATransitionActionLeadsToTheOtherStatuses(DocumentStatus reached) {
        assertThrows(IllegalArgumentException.class, () -> LifecycleSteps.eventOf(reached));
    }
}
