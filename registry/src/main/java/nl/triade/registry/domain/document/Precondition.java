package nl.triade.registry.domain.document;

/**
 * What the client believes about the version it is changing: {@code ifMatch} is the revision it
 * read ({@link #ANY} for "whatever exists"), {@code ifNoneMatchAny} that the part must not exist yet.
 */
public record Precondition(Integer ifMatch, boolean ifNoneMatchAny) {
    public static final int ANY = -1;

    public static Precondition ifMatch(Integer revision) {
        return new Precondition(revision, false);
    }
}
