-- tinnhiem schema, version 1. Statements are separated by a blank line.
-- Nothing here identifies a voter: ballots carry a running number and their marks, no time and no name.

CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  held_on TEXT NOT NULL DEFAULT '',
  summoned INTEGER NOT NULL CHECK (summoned >= 1),
  present INTEGER NOT NULL CHECK (present >= 0 AND present <= summoned),
  created_at TEXT NOT NULL
);

CREATE TABLE committee_member (
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (meeting_id, seq)
);

CREATE TABLE official (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  seq INTEGER NOT NULL,
  full_name TEXT NOT NULL,
  position TEXT NOT NULL,
  UNIQUE (meeting_id, seq)
);

CREATE TABLE round (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('RATING', 'VOTE')),
  issued INTEGER NOT NULL CHECK (issued >= 1),
  collected INTEGER CHECK (collected IS NULL OR (collected >= 0 AND collected <= issued)),
  state TEXT NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
  opened_at TEXT NOT NULL,
  closed_at TEXT,
  UNIQUE (meeting_id, seq)
);

CREATE TABLE round_official (
  round_id INTEGER NOT NULL REFERENCES round(id),
  line INTEGER NOT NULL,
  official_id INTEGER NOT NULL REFERENCES official(id),
  full_name TEXT NOT NULL,
  position TEXT NOT NULL,
  PRIMARY KEY (round_id, line)
);

CREATE TABLE ballot (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES round(id),
  number INTEGER NOT NULL CHECK (number >= 1),
  status TEXT NOT NULL CHECK (status IN ('VALID', 'INVALID')),
  voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  void_reason TEXT,
  UNIQUE (round_id, number)
);

CREATE TABLE ballot_line (
  ballot_id INTEGER NOT NULL REFERENCES ballot(id),
  line INTEGER NOT NULL,
  mark INTEGER NOT NULL CHECK (mark BETWEEN 0 AND 9),
  PRIMARY KEY (ballot_id, line)
) WITHOUT ROWID;

CREATE INDEX official_by_meeting ON official(meeting_id, seq);

CREATE INDEX round_official_by_official ON round_official(official_id);

-- A closed round is read-only for good, in the database itself: even a direct SQL edit is refused.
-- An UPDATE is checked on both sides, so a row cannot be moved out of a closed round nor into one.

CREATE TRIGGER round_closed_no_update BEFORE UPDATE ON round
WHEN OLD.state = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER round_closed_no_delete BEFORE DELETE ON round
WHEN OLD.state = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER round_official_closed_no_insert BEFORE INSERT ON round_official
WHEN (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER round_official_closed_no_update BEFORE UPDATE ON round_official
WHEN (SELECT state FROM round WHERE id = OLD.round_id) = 'CLOSED'
  OR (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER round_official_closed_no_delete BEFORE DELETE ON round_official
WHEN (SELECT state FROM round WHERE id = OLD.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER ballot_closed_no_insert BEFORE INSERT ON ballot
WHEN (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER ballot_closed_no_update BEFORE UPDATE ON ballot
WHEN (SELECT state FROM round WHERE id = OLD.round_id) = 'CLOSED'
  OR (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER ballot_closed_no_delete BEFORE DELETE ON ballot
WHEN (SELECT state FROM round WHERE id = OLD.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER ballot_line_closed_no_insert BEFORE INSERT ON ballot_line
WHEN (SELECT r.state FROM ballot b JOIN round r ON r.id = b.round_id WHERE b.id = NEW.ballot_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER ballot_line_closed_no_update BEFORE UPDATE ON ballot_line
WHEN (SELECT r.state FROM ballot b JOIN round r ON r.id = b.round_id WHERE b.id = OLD.ballot_id) = 'CLOSED'
  OR (SELECT r.state FROM ballot b JOIN round r ON r.id = b.round_id WHERE b.id = NEW.ballot_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER ballot_line_closed_no_delete BEFORE DELETE ON ballot_line
WHEN (SELECT r.state FROM ballot b JOIN round r ON r.id = b.round_id WHERE b.id = OLD.ballot_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;
