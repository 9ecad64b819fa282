-- The Register's assessment of a submission, one row per criterion (the last assessment stands;
-- every one is also an event), and its referrals to the minister before it decides.
CREATE TABLE criterion_assessments (
    submission_id  TEXT NOT NULL REFERENCES submissions (id),
    criterion      TEXT NOT NULL,
    result         TEXT NOT NULL,
    note           TEXT,
    assessed_by    TEXT NOT NULL,
    organisation   TEXT NOT NULL,
    assessed_at    TEXT NOT NULL,
    PRIMARY KEY (submission_id, criterion)
);

CREATE TABLE minister_referrals (
    submission_id  TEXT PRIMARY KEY REFERENCES submissions (id),
    reason         TEXT,
    referred_by    TEXT NOT NULL,
    organisation   TEXT NOT NULL,
    referred_at    TEXT NOT NULL
);
