-- The submission outbox: written in the same transaction as the document's move to 'submitted',
-- delivered by a worker until the Register has it. The id is the idempotency key towards the Register.
CREATE TABLE submissions (
    id                  TEXT PRIMARY KEY,
    document_id         TEXT NOT NULL REFERENCES documents (id),
    revision            INTEGER NOT NULL,
    content_hash        TEXT NOT NULL,
    event_seq           INTEGER NOT NULL,
    channel             TEXT NOT NULL,
    state               TEXT NOT NULL,
    attempts            INTEGER NOT NULL,
    next_attempt_at     TEXT,
    register_reference  TEXT,
    receipt             TEXT,
    last_error          TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX submissions_due ON submissions (state, next_attempt_at);
CREATE INDEX submissions_document ON submissions (document_id, created_at);

CREATE TABLE submission_attempts (
    submission_id  TEXT NOT NULL REFERENCES submissions (id),
    number         INTEGER NOT NULL,
    at             TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    detail         TEXT,
    PRIMARY KEY (submission_id, number)
);
