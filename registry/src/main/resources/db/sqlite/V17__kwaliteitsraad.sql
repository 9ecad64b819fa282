-- The Kwaliteitsraad's mandate: the one document it authors for an agenda item assigned to it
-- (unique per item), and the care parties it recorded consulting for that document, each with when
-- and how. Facts beside the document's content, written with their events.
CREATE TABLE kwaliteitsraad_mandates (
    document_id   TEXT PRIMARY KEY REFERENCES documents (id),
    agenda_item   TEXT NOT NULL UNIQUE REFERENCES agenda_items (id),
    organisation  TEXT NOT NULL REFERENCES organisations (slug),
    granted_at    TEXT NOT NULL
);
CREATE TABLE party_consultations (
    document_id   TEXT NOT NULL REFERENCES kwaliteitsraad_mandates (document_id),
    organisation  TEXT NOT NULL REFERENCES organisations (slug),
    consulted_on  TEXT NOT NULL,
    how           TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    PRIMARY KEY (document_id, organisation)
);
