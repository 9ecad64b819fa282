-- Comment bodies and revision notes enter the hash chain from this version on (as SHA-256 in the
-- event that writes them). Those written before are listed here once, with the record paths the
-- application uses (TextAttestations), and attested by one 'chain.texts-attested' event at the
-- next start, which then empties this table.
CREATE TABLE texts_awaiting_attestation (
    record  TEXT PRIMARY KEY,
    text    TEXT NOT NULL
);
INSERT INTO texts_awaiting_attestation (record, text)
    SELECT 'comment/' || id || '/body', body FROM comments;
INSERT INTO texts_awaiting_attestation (record, text)
    SELECT 'revision/' || d.id || '/' || r.number || '/note', r.note
    FROM revisions r JOIN documents d ON d.seq = r.document_seq
    WHERE r.note IS NOT NULL;
