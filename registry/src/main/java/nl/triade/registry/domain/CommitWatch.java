package nl.triade.registry.domain;

/**
 * Tells whether anything was committed to the database since an earlier look, by this instance or
 * by any other on the same database. What is held in memory between requests (an authenticated
 * caller, a rendered document) is kept for one generation only, so it is never older than the last
 * commit before the request that reads it began that could have changed it.
 */
public interface CommitWatch {

    /**
     * The generations now. Each number grows whenever a commit of its kind happened since the
     * previous call, and stays the same while none did. Called before reading what is then kept
     * under a returned number, so a commit between the two moves the number on. Safe to call from
     * any thread.
     */
    Generations generations();

    /**
     * @param commits grows with every commit
     * @param callers grows with every commit that changed what an authenticated caller is read from:
     *                a token, a session, an account or an organisation (counted by the database's
     *                own triggers, so no write can leave it out)
     */
    record Generations(long commits, long callers) {
    }
}
