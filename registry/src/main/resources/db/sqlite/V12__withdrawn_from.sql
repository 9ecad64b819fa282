-- A withdrawn document keeps the audience of the status it was withdrawn from (a withdrawn draft
-- stays with its participants). New withdrawals store that status in the workflow JSON; for
-- documents withdrawn before, it is read from the audit log: the latest document.withdraw event's
-- "from". Without such an event the fact stays null, which the application reads as private.
UPDATE documents
SET workflow = json_set(workflow, '$.withdrawnFrom',
        (SELECT json_extract(e.data, '$.from') FROM events e
         WHERE e.document = documents.id AND e.type = 'document.withdraw'
         ORDER BY e.seq DESC LIMIT 1))
WHERE status = 'withdrawn';
