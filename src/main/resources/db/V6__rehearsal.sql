-- tinnhiem schema, version 6: round settings chosen when a round opens (a rehearsal, tallies hidden from the room
-- until the close), and deleting a rehearsal round in one step, recorded in the audit log.

ALTER TABLE round ADD COLUMN rehearsal INTEGER NOT NULL DEFAULT 0 CHECK (rehearsal IN (0, 1));

ALTER TABLE round ADD COLUMN hide_tallies INTEGER NOT NULL DEFAULT 0 CHECK (hide_tallies IN (0, 1));

-- A closed round stays read-only for good, except that a rehearsal round may be deleted whole: the delete
-- triggers let the rows of a rehearsal go, and nothing else.

DROP TRIGGER round_closed_no_delete;

CREATE TRIGGER round_closed_no_delete BEFORE DELETE ON round
WHEN OLD.state = 'CLOSED' AND OLD.rehearsal = 0
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

DROP TRIGGER round_official_closed_no_delete;

CREATE TRIGGER round_official_closed_no_delete BEFORE DELETE ON round_official
WHEN (SELECT state = 'CLOSED' AND rehearsal = 0 FROM round WHERE id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

DROP TRIGGER ballot_closed_no_delete;

CREATE TRIGGER ballot_closed_no_delete BEFORE DELETE ON ballot
WHEN (SELECT state = 'CLOSED' AND rehearsal = 0 FROM round WHERE id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

DROP TRIGGER ballot_line_closed_no_delete;

CREATE TRIGGER ballot_line_closed_no_delete BEFORE DELETE ON ballot_line
WHEN (SELECT r.state = 'CLOSED' AND r.rehearsal = 0 FROM ballot b JOIN round r ON r.id = b.round_id
      WHERE b.id = OLD.ballot_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

-- The audit log learns one more kind of entry, ROUND_DELETED. SQLite cannot change a CHECK in place, so the
-- table is copied whole, every entry, hash and chain unchanged, and its triggers and indexes are made again.
-- (DROP TABLE fires no DELETE trigger.)

CREATE TABLE audit_event_v4 (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('MEETING_CREATED', 'MEETING_EDITED', 'ROSTER_CHANGED', 'ROUND_OPENED',
    'BALLOT_RECORDED', 'BALLOT_VOIDED', 'ROUND_CLOSED', 'EXPORT_WRITTEN', 'ROUND_DELETED')),
  meeting_id INTEGER,
  round_id INTEGER,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);

INSERT INTO audit_event_v4 (seq, at, kind, meeting_id, round_id, detail, prev_hash, hash)
SELECT seq, at, kind, meeting_id, round_id, detail, prev_hash, hash FROM audit_event ORDER BY seq;

DROP TABLE audit_event;

ALTER TABLE audit_event_v4 RENAME TO audit_event;

CREATE INDEX audit_event_by_meeting ON audit_event(meeting_id, seq);

CREATE INDEX audit_event_by_round ON audit_event(round_id, seq);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'tinnhiem: the audit log is append-only'); END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'tinnhiem: the audit log is append-only'); END;

CREATE TRIGGER audit_event_in_order BEFORE INSERT ON audit_event
WHEN NEW.seq <> COALESCE((SELECT max(seq) FROM audit_event), 0) + 1
  OR NEW.prev_hash <> COALESCE((SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'tinnhiem: an audit entry must follow the last one'); END;
