package nl.triade.registry.domain;

/**
 * Tells whether anything was committed to the database since an earlier look, by this instance or
 * by any other on the same database. What is held in memory between requests (an authenticated
 * caller, a rendered document) is kept for one {@link #generation} only, so it is never older than
 * the last commit anyone made before the request that reads it began.
 */
public interface CommitWatch {

    /**
     * A number that grows whenever a commit happened since the previous call, and stays the same
     * while none did. Called before reading what is then kept under the returned number, so a
     * commit between the two moves the number on. Safe to call from any thread.
     */
    long generation();
}
