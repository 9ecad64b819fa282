-- What an authenticated caller is read from (a token or a session, its account, the account's
-- organisation) is counted apart from every other commit: any change to those four tables adds one
-- to the count, in the same transaction, whoever makes it. Callers are kept in memory until the
-- count moves (issue 14); before, every commit (every comment) dropped them all, and under a write
-- load each request read its caller again. Triggers count what no code path can forget to count.
CREATE TABLE change_counts (
    subject  TEXT PRIMARY KEY,
    count    INTEGER NOT NULL
);
INSERT INTO change_counts (subject, count) VALUES ('callers', 0);

CREATE TRIGGER tokens_inserted_count_callers AFTER INSERT ON tokens
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
CREATE TRIGGER tokens_updated_count_callers AFTER UPDATE ON tokens
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
CREATE TRIGGER tokens_deleted_count_callers AFTER DELETE ON tokens
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;

CREATE TRIGGER sessions_inserted_count_callers AFTER INSERT ON sessions
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
CREATE TRIGGER sessions_updated_count_callers AFTER UPDATE ON sessions
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
CREATE TRIGGER sessions_deleted_count_callers AFTER DELETE ON sessions
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;

CREATE TRIGGER accounts_inserted_count_callers AFTER INSERT ON accounts
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
CREATE TRIGGER accounts_updated_count_callers AFTER UPDATE ON accounts
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
CREATE TRIGGER accounts_deleted_count_callers AFTER DELETE ON accounts
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;

CREATE TRIGGER organisations_inserted_count_callers AFTER INSERT ON organisations
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
CREATE TRIGGER organisations_updated_count_callers AFTER UPDATE ON organisations
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
CREATE TRIGGER organisations_deleted_count_callers AFTER DELETE ON organisations
BEGIN UPDATE change_counts SET count = count + 1 WHERE subject = 'callers'; END;
