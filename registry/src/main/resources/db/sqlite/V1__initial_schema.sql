-- Triade schema, SQLite flavour. Timestamps are ISO-8601 UTC text (sortable, portable to PostgreSQL);
-- JSON columns hold the JSON the application wrote and are never queried into except through FTS.

CREATE TABLE organisations (
    slug        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    umbrella    TEXT REFERENCES organisations (slug),
    created_at  TEXT NOT NULL
);

CREATE TABLE accounts (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL,
    organisation  TEXT NOT NULL REFERENCES organisations (slug),
    role          TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));
CREATE INDEX accounts_organisation ON accounts (organisation);

CREATE TABLE tokens (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    name        TEXT,
    prefix      TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT,
    revoked_at  TEXT
);
CREATE INDEX tokens_account ON tokens (account_id);

-- seq gives documents a stable, dense sort key for keyset pagination (newest first).
CREATE TABLE documents (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    status          TEXT NOT NULL,
    version         INTEGER NOT NULL,
    revision        INTEGER NOT NULL,
    content_hash    TEXT NOT NULL,
    title           TEXT NOT NULL,
    condition       TEXT,
    content         TEXT NOT NULL,
    part_revisions  TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX documents_kind ON documents (kind, seq);
CREATE INDEX documents_status ON documents (status, seq);
CREATE INDEX documents_condition ON documents (condition, seq);

-- Participants are kept out of the JSON as well, because visibility and the organisation filter
-- must be answered by an index at 100,000 documents.
CREATE TABLE document_participants (
    document_seq  INTEGER NOT NULL REFERENCES documents (seq),
    organisation  TEXT NOT NULL REFERENCES organisations (slug),
    role          TEXT NOT NULL,
    PRIMARY KEY (document_seq, organisation)
);
CREATE INDEX document_participants_organisation ON document_participants (organisation, document_seq);

CREATE TABLE revisions (
    document_seq  INTEGER NOT NULL REFERENCES documents (seq),
    number        INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    author        TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    at            TEXT NOT NULL,
    note          TEXT,
    content       TEXT NOT NULL,
    PRIMARY KEY (document_seq, number)
);

CREATE VIRTUAL TABLE document_search USING fts5 (title, summary, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor          TEXT,
    organisation   TEXT,
    type           TEXT NOT NULL,
    document       TEXT,
    data           TEXT NOT NULL,
    previous_hash  TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE INDEX events_document ON events (document, seq);
