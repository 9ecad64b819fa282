package nl.triade.registry.domain.limits;

/**
 * The kinds of write that are counted, each in buckets of its own, so a committee answering
 * comments all afternoon never runs out of room to post or validate. Revoking a token is not
 * counted: it must always work.
 */
public enum WriteKind {
    /** Posting a comment. */
    COMMENTS,
    /** Creating a document. */
    DOCUMENTS,
    /** Every other change to a document: its fields, parts, participants, absence statements, answers to comments, transitions, decisions, submissions. */
    EDITS,
    /** Running the validators (plugins) on a document. */
    VALIDATIONS,
    /** Issuing an API token. */
    TOKENS,
    /** Creating an organisation or an account, changing an account. */
    ACCOUNTS
}
