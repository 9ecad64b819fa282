-- Lifecycle facts beside the status (frozen revision and hash for authorisation, consultation end),
-- as JSON written by the application.
ALTER TABLE documents ADD COLUMN workflow TEXT NOT NULL DEFAULT '{}';
