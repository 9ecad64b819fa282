package nl.triade.registry.domain.document;

/**
 * Where a registered edition stands in the Register: in force; superseded once the next edition of
 * the same document is registered; withdrawn from the Register on its decision (with a reason); or
 * expired when its review date passed. On the wire: {@code in-force}, {@code superseded},
 * {@code withdrawn}, {@code expired}.
 */
public enum EditionStatus {
    IN_FORCE, SUPERSEDED, WITHDRAWN, EXPIRED
}
