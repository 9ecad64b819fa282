package nl.triade.registry.domain.review;

/** How the authors answered a comment; every comment gets one before authorisation (commentaarfase). */
public enum Disposition {
    ACCEPTED, PARTLY_ACCEPTED, REJECTED
}
