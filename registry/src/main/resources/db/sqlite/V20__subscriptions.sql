-- Notifications. A subscription of an organisation names a channel (a notifier plugin), its target,
-- the kinds of events (a JSON array of wire names) and what it follows (JSON: conditions, participating,
-- documents). Its signing secret is stored sealed (AES-GCM with a key kept beside the checkpoint key,
-- outside this file). from_seq is the last event committed when it was made: it hears of later ones only.
CREATE TABLE subscriptions (
    id             TEXT PRIMARY KEY,
    organisation   TEXT NOT NULL REFERENCES organisations (slug),
    channel        TEXT NOT NULL,
    target         TEXT NOT NULL,
    kinds          TEXT NOT NULL,
    follows        TEXT NOT NULL,
    sealed_secret  TEXT NOT NULL,
    from_seq       INTEGER NOT NULL,
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX subscriptions_by_organisation ON subscriptions (organisation, created_at);
-- The outbox: one row per subscription and event, written with the fan-out's position in one
-- transaction. A row is pending until its channel confirms it (delivered) or refuses it for good
-- (failed); due_at is the time of its next attempt while pending, the time it ended after. A
-- subscription's rows go out in event order: only its earliest pending row is tried.
CREATE TABLE notification_deliveries (
    id            TEXT PRIMARY KEY,
    subscription  TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    event_seq     INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    state         TEXT NOT NULL,
    attempts      INTEGER NOT NULL,
    due_at        TEXT NOT NULL,
    last_error    TEXT,
    UNIQUE (subscription, event_seq)
);
CREATE INDEX notification_deliveries_pending ON notification_deliveries (subscription, event_seq) WHERE state = 'pending';
