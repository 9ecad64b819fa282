-- Where each registered edition stands in the Register: in force, superseded by the next edition,
-- withdrawn by the Register (with its reason) or expired at its review date. The review date is
-- stored with the edition; for editions registered before this migration it is read from their
-- content by the expiry round (review_due_read = 0 until then).
ALTER TABLE editions ADD COLUMN status TEXT NOT NULL DEFAULT 'in-force';
ALTER TABLE editions ADD COLUMN status_changed_at TEXT;
ALTER TABLE editions ADD COLUMN withdrawal_reason TEXT;
ALTER TABLE editions ADD COLUMN review_due TEXT;
ALTER TABLE editions ADD COLUMN review_due_read INTEGER NOT NULL DEFAULT 0;

-- An edition followed by a later one was superseded when that one was registered.
UPDATE editions SET status = 'superseded',
    status_changed_at = (SELECT MIN(later.registered_at) FROM editions later
                         WHERE later.document_id = editions.document_id AND later.version > editions.version)
WHERE EXISTS (SELECT 1 FROM editions later WHERE later.document_id = editions.document_id AND later.version > editions.version);

CREATE INDEX editions_review_due ON editions (status, review_due);
CREATE INDEX editions_review_due_unread ON editions (review_due_read) WHERE review_due_read = 0;
