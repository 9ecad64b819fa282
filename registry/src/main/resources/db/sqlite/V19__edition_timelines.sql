-- The tijdpaden of each registered edition: what the Register was promised with it. Kept with the
-- edition because, once the document is revised, its current content is the next version's draft,
-- while the edition in force is still the Register's and is watched for its promises. Editions
-- registered before this migration get theirs from the revision the Register accepted (its fields
-- part, see ContentParts), here, in the migration's transaction.
CREATE TABLE edition_timelines (
    document_id  TEXT NOT NULL,
    version      INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    deliverable  TEXT NOT NULL,
    due_date     TEXT NOT NULL,
    description  TEXT,
    PRIMARY KEY (document_id, version, position),
    FOREIGN KEY (document_id, version) REFERENCES editions (document_id, version)
);
CREATE INDEX edition_timelines_due ON edition_timelines (due_date);

INSERT INTO edition_timelines (document_id, version, position, deliverable, due_date, description)
SELECT e.document_id, e.version, t.key, json_extract(t.value, '$.deliverable'), json_extract(t.value, '$.dueDate'),
       json_extract(t.value, '$.description')
FROM editions e
JOIN documents d ON d.id = e.document_id
JOIN revisions r ON r.document_seq = d.seq AND r.number = e.revision
JOIN content_parts p ON p.id = json_extract(r.parts, '$.fields')
JOIN json_each(p.json, '$.timelines') t;
