-- A page of a document's comments filtered by status or by section is read from an index that holds
-- exactly those comments in their order, so it reads one page's rows however many comments the
-- document has (issue 14); before, the open ones or one section's were sought among all of them.
DROP INDEX comments_open;
CREATE INDEX comments_open ON comments (document_id, status, seq);
CREATE INDEX comments_section ON comments (document_id, section_key, seq);
