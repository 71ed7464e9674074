-- tinnhiem schema, version 7: how a round is counted, chosen when it opens: ballot by ballot (as before), each
-- numbered ballot keyed twice by serial, or the committee's tally sheets entered once or twice.

ALTER TABLE round ADD COLUMN counting TEXT NOT NULL DEFAULT 'BALLOTS'
    CHECK (counting IN ('BALLOTS', 'DOUBLE_ENTRY', 'TALLY_SHEET', 'TALLY_SHEET_TWICE'));

-- The way a round is counted is fixed for its life, open or closed.

CREATE TRIGGER round_counting_fixed BEFORE UPDATE OF counting ON round
WHEN NEW.counting IS NOT OLD.counting
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a round keeps the way it is counted'); END;

-- The audit log learns the entries of the new ways of counting: READING_RECORDED (one reading of a numbered
-- ballot in double entry: its serial, the pass and the marks) and SHEET_RECORDED (one entry of a round's tally
-- sheet). As in version 6, the table is copied whole, every entry, hash and chain unchanged, and its triggers
-- and indexes are made again.

CREATE TABLE audit_event_v7 (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('MEETING_CREATED', 'MEETING_EDITED', 'ROSTER_CHANGED', 'ROUND_OPENED',
    'BALLOT_RECORDED', 'BALLOT_VOIDED', 'ROUND_CLOSED', 'EXPORT_WRITTEN', 'ROUND_DELETED', 'READING_RECORDED',
    'SHEET_RECORDED')),
  meeting_id INTEGER,
  round_id INTEGER,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);

INSERT INTO audit_event_v7 (seq, at, kind, meeting_id, round_id, detail, prev_hash, hash)
SELECT seq, at, kind, meeting_id, round_id, detail, prev_hash, hash FROM audit_event ORDER BY seq;

DROP TABLE audit_event;

ALTER TABLE audit_event_v7 RENAME TO audit_event;

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
