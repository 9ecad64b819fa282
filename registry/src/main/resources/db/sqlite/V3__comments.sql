-- Review comments (the commentaarfase): threaded, anchored to the revision they were made on,
-- and answered with a disposition and rationale that are public with the document.
CREATE TABLE comments (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    document_id   TEXT NOT NULL REFERENCES documents (id),
    revision      INTEGER NOT NULL,
    section_key   TEXT,
    reply_to      TEXT REFERENCES comments (id),
    author        TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    source        TEXT NOT NULL,
    body          TEXT NOT NULL,
    status        TEXT NOT NULL,
    disposition   TEXT,
    rationale     TEXT,
    resolved_by   TEXT,
    resolved_at   TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX comments_document ON comments (document_id, seq);
CREATE INDEX comments_open ON comments (document_id, status);
