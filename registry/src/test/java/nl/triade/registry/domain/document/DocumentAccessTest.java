package nl.triade.registry.domain.document;

import static nl.triade.registry.domain.document.DocumentFixtures.NOW;
import static nl.triade.registry.domain.document.DocumentFixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentAccessTest {
    private static final Caller AUTHOR = new Caller("acc_a", "patienten", OrganisationKind.PATIENT, Role.MEMBER, null);
    private static final Caller COMMENTER = new Caller("acc_c", "artsen", OrganisationKind.PROVIDER, Role.MEMBER, null);
    private static final Caller OUTSIDER = new Caller("acc_o", "verzekeraar", OrganisationKind.INSURER, Role.ORG_ADMIN, null);
    private static final Caller ADMINISTRATOR = new Caller("acc_x", "triade", OrganisationKind.REGISTER, Role.ADMINISTRATOR, null);

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"DRAFT", "AUTHORISATION"})
    void documentsInProgressAreForParticipantsAndAdministrators(DocumentStatus status) {
        Document document = document(status);
        assertTrue(DocumentAccess.canRead(AUTHOR, document));
        assertTrue(DocumentAccess.canRead(COMMENTER, document));
        assertTrue(DocumentAccess.canRead(ADMINISTRATOR, document));
        assertFalse(DocumentAccess.canRead(OUTSIDER, document));
        assertFalse(DocumentAccess.canRead(null, document));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"CONSULTATION", "FINAL", "SUBMITTED", "REJECTED"})
    void laterStatesAreForEveryAccountButNotTheAnonymous(DocumentStatus status) {
        assertTrue(DocumentAccess.canRead(OUTSIDER, document(status)));
        assertFalse(DocumentAccess.canRead(null, document(status)));
    }

    private static Document withdrawnFrom(DocumentStatus status) {
        return document(status).transitioned(DocumentStatus.WITHDRAWN, 1, Workflow.NONE.withdrawnFrom(status), NOW);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"DRAFT", "AUTHORISATION"})
    void aDocumentWithdrawnWhileInProgressStaysWithItsParticipants(DocumentStatus from) {
        Document withdrawn = withdrawnFrom(from);
        assertTrue(DocumentAccess.canRead(COMMENTER, withdrawn));
        assertTrue(DocumentAccess.canRead(ADMINISTRATOR, withdrawn));
        assertFalse(DocumentAccess.canRead(OUTSIDER, withdrawn));
        assertFalse(DocumentAccess.canRead(null, withdrawn));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"CONSULTATION", "FINAL"})
    void aDocumentWithdrawnAfterItWasSharedStaysReadableByAccounts(DocumentStatus from) {
        assertTrue(DocumentAccess.canRead(OUTSIDER, withdrawnFrom(from)));
        assertFalse(DocumentAccess.canRead(null, withdrawnFrom(from)));
    }

    @Test
    void aWithdrawnDocumentWithoutItsFormerStatusIsPrivate() {
        assertFalse(DocumentAccess.canRead(OUTSIDER, document(DocumentStatus.WITHDRAWN)));
        assertTrue(DocumentAccess.canRead(AUTHOR, document(DocumentStatus.WITHDRAWN)));
    }

    @Test
    void theWorkingsOfARegisteredDocumentAreForInsidersOnly() {
        Document registered = document(DocumentStatus.REGISTERED);
        DocumentAccess.requireInsider(COMMENTER, registered, "revisions");
        DocumentAccess.requireInsider(ADMINISTRATOR, registered, "revisions");
        assertThrows(ForbiddenException.class, () -> DocumentAccess.requireInsider(OUTSIDER, registered, "revisions"));
        assertThrows(UnauthenticatedException.class, () -> DocumentAccess.requireInsider(null, registered, "revisions"));
        assertThrows(NotFoundException.class, () -> DocumentAccess.requireInsider(OUTSIDER, document(DocumentStatus.DRAFT), "revisions"));
    }

    @Test
    void registeredDocumentsArePublic() {
        assertTrue(DocumentAccess.canRead(null, document(DocumentStatus.REGISTERED)));
    }

    @Test
    void onlyAuthorsEditAndOnlyDrafts() {
        DocumentAccess.requireEdit(AUTHOR, document(DocumentStatus.DRAFT));
        assertThrows(ForbiddenException.class, () -> DocumentAccess.requireEdit(COMMENTER, document(DocumentStatus.DRAFT)));
        assertThrows(ForbiddenException.class, () -> DocumentAccess.requireEdit(ADMINISTRATOR, document(DocumentStatus.DRAFT)));
        assertThrows(NotFoundException.class, () -> DocumentAccess.requireEdit(OUTSIDER, document(DocumentStatus.DRAFT)));
        assertThrows(UnauthenticatedException.class, () -> DocumentAccess.requireEdit(null, document(DocumentStatus.DRAFT)));
        RuleViolationException frozen = assertThrows(RuleViolationException.class,
                () -> DocumentAccess.requireEdit(AUTHOR, document(DocumentStatus.CONSULTATION)));
        assertEquals("not-draft", frozen.rule().wire());
    }
}
