-- Which standard an instrument measures, as a column, so "the instruments of this standard" is an index lookup.
ALTER TABLE documents ADD COLUMN standard_id TEXT;
UPDATE documents SET standard_id = json_extract(content, '$.fields.standardId');
CREATE INDEX documents_standard ON documents (standard_id);
