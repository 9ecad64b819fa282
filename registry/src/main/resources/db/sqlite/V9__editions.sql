-- Registered editions: which frozen revision the Register accepted for each version of a document.
-- Public for good, so revising a registered standard never hides the edition in force.
CREATE TABLE editions (
    document_id         TEXT NOT NULL REFERENCES documents (id),
    version             INTEGER NOT NULL,
    revision            INTEGER NOT NULL,
    content_hash        TEXT NOT NULL,
    submission_id       TEXT NOT NULL REFERENCES submissions (id),
    register_reference  TEXT,
    registered_at       TEXT NOT NULL,
    PRIMARY KEY (document_id, version)
);
