/**
 * Submission: handing final documents to the Register through an outbox. The submission is
 * written in the same transaction as the move to {@code submitted}; a worker delivers it through
 * the channel's submitter with retries and backoff, the submission id serving as idempotency key,
 * so a crash or restart neither loses a submission nor sends it twice to a Register that honours it.
 * The Register's verdict is recorded by an administrator, or reported by a channel that can ask.
 */
package nl.triade.registry.domain.submission;
