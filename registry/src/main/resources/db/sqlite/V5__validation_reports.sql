-- Validation reports: the findings of all validators on one revision, as JSON.
CREATE TABLE validation_reports (
    seq           INTEGER PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES documents (id),
    revision      INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    findings      TEXT NOT NULL,
    passed        INTEGER NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX validation_reports_document ON validation_reports (document_id, seq);
