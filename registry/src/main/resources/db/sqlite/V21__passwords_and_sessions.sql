-- People sign in with a password (issue 12). Only Argon2id hashes are stored, in their PHC string
-- form (algorithm, parameters and salt travel with the hash, so parameters can be raised later).
CREATE TABLE passwords (
    account_id  TEXT PRIMARY KEY REFERENCES accounts (id),
    hash        TEXT NOT NULL,
    set_at      TEXT NOT NULL
);
-- The one usable invitation or reset link per account: the SHA-256 of its secret. Issuing a link
-- replaces the row, setting a password deletes it.
CREATE TABLE password_links (
    account_id  TEXT PRIMARY KEY REFERENCES accounts (id),
    hash        TEXT NOT NULL UNIQUE,
    purpose     TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
-- Server-side sessions, keyed by the SHA-256 of the cookie's secret; the CSRF token of their forms.
-- Times in fixed width (text order is time order) for the sweep of expired sessions.
CREATE TABLE sessions (
    hash          TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL REFERENCES accounts (id),
    csrf_token    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);
-- Failed sign-ins per hashed e-mail address or client address, shared by every instance.
CREATE TABLE sign_in_failures (
    key           TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    since         TEXT NOT NULL,
    locked_until  TEXT
);
CREATE INDEX sign_in_failures_since ON sign_in_failures (since);
