package nl.triade.registry.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.document.DocumentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTest {

    @Test
    void theDesignedPathsLeadWhereDesignSaysTheyDo() {
        assertEquals(DocumentStatus.CONSULTATION, Lifecycle.target(DocumentStatus.DRAFT, TransitionAction.OPEN_CONSULTATION));
        assertEquals(DocumentStatus.DRAFT, Lifecycle.target(DocumentStatus.CONSULTATION, TransitionAction.CLOSE_CONSULTATION));
        assertEquals(DocumentStatus.AUTHORISATION, Lifecycle.target(DocumentStatus.DRAFT, TransitionAction.REQUEST_AUTHORISATION));
        assertEquals(DocumentStatus.DRAFT, Lifecycle.target(DocumentStatus.REGISTERED, TransitionAction.REVISE));
        assertEquals(DocumentStatus.DRAFT, Lifecycle.target(DocumentStatus.REJECTED, TransitionAction.REVISE));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"DRAFT", "CONSULTATION", "AUTHORISATION", "FINAL"})
    void everythingBeforeSubmissionCanBeWithdrawn(DocumentStatus status) {
        assertEquals(DocumentStatus.WITHDRAWN, Lifecycle.target(status, TransitionAction.WITHDRAW));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"SUBMITTED", "REGISTERED", "REJECTED", "WITHDRAWN"})
    void nothingFromSubmissionOnCanBeWithdrawn(DocumentStatus status) {
        assertEquals("not-withdrawable", assertThrows(RuleViolationException.class,
                () -> Lifecycle.target(status, TransitionAction.WITHDRAW)).rule().wire());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftOpensAConsultationOrAsksForAuthorisation(DocumentStatus status) {
        assertEquals("not-draft", assertThrows(RuleViolationException.class,
                () -> Lifecycle.target(status, TransitionAction.OPEN_CONSULTATION)).rule().wire());
        assertEquals("not-draft", assertThrows(RuleViolationException.class,
                () -> Lifecycle.target(status, TransitionAction.REQUEST_AUTHORISATION)).rule().wire());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"REGISTERED", "REJECTED"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyRegisteredOrRejectedDocumentsAreRevised(DocumentStatus status) {
        assertEquals("not-revisable", assertThrows(RuleViolationException.class,
                () -> Lifecycle.target(status, TransitionAction.REVISE)).rule().wire());
    }
}
