-- The Meerjarenagenda: items the Register keeps, with the care-party organisations responsible
-- (a JSON array of slugs), a deadline (YYYY-MM-DD) and a status. Open items are found by deadline
-- through their own partial index, so the round that marks overdue items never reads the others.
CREATE TABLE agenda_items (
    id             TEXT PRIMARY KEY,
    topic          TEXT NOT NULL,
    condition      TEXT,
    document_kind  TEXT NOT NULL,
    responsible    TEXT NOT NULL,
    deadline       TEXT NOT NULL,
    status         TEXT NOT NULL,
    assigned_to    TEXT REFERENCES organisations (slug),
    revision       INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX agenda_items_by_deadline ON agenda_items (deadline, id);
CREATE INDEX agenda_items_open_by_deadline ON agenda_items (deadline) WHERE status = 'open';
-- Documents linked to an item by one of their authors: a fact beside the document's content, so
-- linking changes no contentHash and needs no new round of approvals.
CREATE TABLE agenda_links (
    item_id       TEXT NOT NULL REFERENCES agenda_items (id),
    document_id   TEXT NOT NULL REFERENCES documents (id),
    organisation  TEXT NOT NULL,
    account       TEXT NOT NULL,
    linked_at     TEXT NOT NULL,
    PRIMARY KEY (item_id, document_id)
);
