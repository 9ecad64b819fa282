-- Several instances on one database (issue 13). A submission is delivered by the instance that
-- leased it: lease_holder names that instance, lease_until (fixed-width ISO-8601 text, compared as
-- text) ends the lease, after which another instance may deliver it under the same id.
ALTER TABLE submissions ADD COLUMN lease_holder TEXT COLLATE "C";
ALTER TABLE submissions ADD COLUMN lease_until TEXT COLLATE "C";
-- Leases on background work that runs on one instance at a time (the event feed, notifications,
-- closers and watches): one row per piece of work, its holder and the end of its lease.
CREATE TABLE leases (
    name        TEXT COLLATE "C" PRIMARY KEY,
    holder      TEXT COLLATE "C" NOT NULL,
    held_until  TEXT COLLATE "C" NOT NULL
);
-- The rate limits' buckets, shared by every instance: one row per account or organisation and kind of
-- write, holding the moment (nanoseconds since the epoch) the bucket is full again. No row: a full bucket.
CREATE TABLE rate_buckets (
    bucket   TEXT COLLATE "C" PRIMARY KEY,
    full_at  BIGINT NOT NULL
);
