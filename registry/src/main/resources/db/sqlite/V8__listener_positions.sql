-- How far each EventListener extension ("<plugin id>/<class>") has been fed: events committed before a stop
-- still reach it after the restart.
CREATE TABLE listener_positions (
    listener   TEXT PRIMARY KEY,
    after_seq  INTEGER NOT NULL
);
