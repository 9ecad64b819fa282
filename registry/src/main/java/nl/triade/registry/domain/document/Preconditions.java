package nl.triade.registry.domain.document;

import nl.triade.registry.domain.PreconditionFailedException;
import nl.triade.registry.domain.PreconditionRequiredException;

/**
 * The conditional-request rules: a change must say which version it was based on, and is refused
 * when that version is no longer current — so no one ever silently overwrites a co-author.
 */
public final class Preconditions {
    private Preconditions() {
    }

    /** For a resource that exists with {@code current} revision. */
    public static void checkExisting(Precondition precondition, int current, String what) {
        if (precondition.ifNoneMatchAny()) {
            throw new PreconditionFailedException(what + " exists already; change it with If-Match", current);
        }
        if (precondition.ifMatch() == null) {
            throw new PreconditionRequiredException("changing " + what + " needs If-Match with its current ETag");
        }
        if (precondition.ifMatch() != Precondition.ANY && precondition.ifMatch() != current) {
            throw new PreconditionFailedException(what + " has changed since you read it; read it again", current);
        }
    }

    /** For a part that does not exist yet and is about to be created. */
    static void checkAbsent(Precondition precondition, String what) {
        if (precondition.ifMatch() != null) {
            throw new PreconditionFailedException(what + " does not exist (any more)", null);
        }
        if (!precondition.ifNoneMatchAny()) {
            throw new PreconditionRequiredException("creating " + what + " needs If-None-Match: *");
        }
    }
}
