-- The tijdpaden of registered editions whose due date has passed and whose timeline.overdue event is
-- recorded: written in the event's transaction, so each is reported once, also across restarts.
CREATE TABLE overdue_timelines (
    document_id  TEXT NOT NULL REFERENCES documents (id),
    version      INTEGER NOT NULL,
    deliverable  TEXT NOT NULL,
    due_date     TEXT NOT NULL,
    PRIMARY KEY (document_id, version, deliverable, due_date)
);
