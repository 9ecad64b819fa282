package nl.triade.registry.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.triade.registry.domain.PreconditionFailedException;
import nl.triade.registry.domain.PreconditionRequiredException;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void aMatchingRevisionPasses() {
        Preconditions.checkExisting(Precondition.ifMatch(5), 5, "x");
        Preconditions.checkExisting(Precondition.ifMatch(Precondition.ANY), 5, "x");
        Preconditions.checkAbsent(new Precondition(null, true), "x");
    }

    @Test
    void aStaleRevisionFailsWithTheCurrentOne() {
        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> Preconditions.checkExisting(Precondition.ifMatch(4), 5, "x"));
        assertEquals(5, stale.currentRevision());
    }

    @Test
    void creatingWhatExistsFails() {
        PreconditionFailedException exists = assertThrows(PreconditionFailedException.class,
                () -> Preconditions.checkExisting(new Precondition(null, true), 5, "x"));
        assertEquals(5, exists.currentRevision());
    }

    @Test
    void changingWhatIsGoneFailsWithoutACurrentRevision() {
        assertNull(assertThrows(PreconditionFailedException.class,
                () -> Preconditions.checkAbsent(Precondition.ifMatch(3), "x")).currentRevision());
    }

    @Test
    void aChangeWithoutAnyPreconditionIsRefused() {
        assertThrows(PreconditionRequiredException.class, () -> Preconditions.checkExisting(new Precondition(null, false), 5, "x"));
        assertThrows(PreconditionRequiredException.class, () -> Preconditions.checkAbsent(new Precondition(null, false), "x"));
    }
}
