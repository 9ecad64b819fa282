-- Formal authorisation decisions. Each binds to the frozen revision and its content hash; decisions
-- of earlier rounds stay as history (a round is identified by its frozen revision).
CREATE TABLE approvals (
    seq           INTEGER PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES documents (id),
    organisation  TEXT NOT NULL REFERENCES organisations (slug),
    decision      TEXT NOT NULL,
    motivation    TEXT,
    revision      INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    decided_by    TEXT NOT NULL,
    decided_at    TEXT NOT NULL,
    UNIQUE (document_id, revision, organisation)
);
CREATE INDEX approvals_document ON approvals (document_id, seq);
