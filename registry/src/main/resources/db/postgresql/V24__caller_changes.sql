-- What an authenticated caller is read from (a token or a session, its account, the account's
-- organisation) is counted apart from every other commit: any change to those four tables adds one
-- to the count, in the same transaction, whoever makes it. Callers are kept in memory until the
-- count moves (issue 14); before, every commit (every comment) dropped them all, and under a write
-- load each request read its caller again. Triggers count what no code path can forget to count;
-- once per statement, even a statement that changed no row (the sweep of expired sessions), which
-- only drops the kept callers once more than needed.
CREATE TABLE change_counts (
    subject  TEXT COLLATE "C" PRIMARY KEY,
    count    BIGINT NOT NULL
);
INSERT INTO change_counts (subject, count) VALUES ('callers', 0);

CREATE FUNCTION count_caller_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE change_counts SET count = count + 1 WHERE subject = 'callers';
    RETURN NULL;
END;
$$;

CREATE TRIGGER tokens_count_callers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tokens
    FOR EACH STATEMENT EXECUTE FUNCTION count_caller_change();
CREATE TRIGGER sessions_count_callers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sessions
    FOR EACH STATEMENT EXECUTE FUNCTION count_caller_change();
CREATE TRIGGER accounts_count_callers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION count_caller_change();
CREATE TRIGGER organisations_count_callers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations
    FOR EACH STATEMENT EXECUTE FUNCTION count_caller_change();
