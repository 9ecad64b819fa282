-- When each consultation closes by itself, as a column with its own index, so the consultation
-- closer finds the due ones without reading every document's workflow JSON. Set while the document
-- is in consultation, null otherwise; fixed-width text (always milliseconds) so that comparing it
-- as text compares the moments. Consultations opened without a closing time stay open-ended.
ALTER TABLE documents ADD COLUMN consultation_closes_at TEXT;
UPDATE documents
SET consultation_closes_at = strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(workflow, '$.consultationClosesAt'))
WHERE status = 'consultation' AND json_extract(workflow, '$.consultationClosesAt') IS NOT NULL;
CREATE INDEX documents_consultation_closes ON documents (consultation_closes_at) WHERE consultation_closes_at IS NOT NULL;
