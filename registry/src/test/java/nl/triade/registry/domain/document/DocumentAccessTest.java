package nl.triade.registry.domain.document;

import static nl.triade.registry.domain.document.DocumentFixtures.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.account.Caller;
import nl.triade.registry.domain.account.OrganisationKind;
import nl.triade.registry.domain.account.Role;
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
    @EnumSource(value = DocumentStatus.class, names = {"CONSULTATION", "FINAL", "SUBMITTED", "REJECTED", "WITHDRAWN"})
    void laterStatesAreForEveryAccountButNotTheAnonymous(DocumentStatus status) {
        assertTrue(DocumentAccess.canRead(OUTSIDER, document(status)));
        assertFalse(DocumentAccess.canRead(null, document(status)));
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
        assertEquals("not-draft", frozen.rule());
    }
}
