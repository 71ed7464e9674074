-- tinnhiem schema, version 9: the tally sheets of a round counted from them. Each entry (one keying of the sheet,
-- its pass 1, 2, 3…) keeps the ballot totals; sheet_line keeps per official line the count of each level (1…)
-- and of the invalid lines (level 0). Every entry stays: the one that counts is chosen by the program's rules.

CREATE TABLE sheet_entry (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
  pass INTEGER NOT NULL CHECK (pass >= 1),
  issued INTEGER NOT NULL CHECK (issued >= 0),
  collected INTEGER NOT NULL CHECK (collected >= 0),
  valid INTEGER NOT NULL CHECK (valid >= 0),
  invalid INTEGER NOT NULL CHECK (invalid >= 0),
  entered_at TEXT NOT NULL,
  UNIQUE (round_id, pass)
);

CREATE TABLE sheet_line (
  entry_id INTEGER NOT NULL REFERENCES sheet_entry(id) ON DELETE CASCADE,
  line INTEGER NOT NULL CHECK (line >= 1),
  level INTEGER NOT NULL CHECK (level >= 0),
  count INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (entry_id, line, level)
);

-- Only a round counted from its tally sheets takes entries.

CREATE TRIGGER sheet_entry_sheet_rounds_only BEFORE INSERT ON sheet_entry
WHEN (SELECT counting NOT IN ('TALLY_SHEET', 'TALLY_SHEET_TWICE') FROM round WHERE id = NEW.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: this round is not counted from tally sheets'); END;

-- A closed round's sheets are read-only for good, except that a rehearsal round may be deleted whole.

CREATE TRIGGER sheet_entry_closed_no_insert BEFORE INSERT ON sheet_entry
WHEN (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER sheet_entry_no_update BEFORE UPDATE ON sheet_entry
WHEN (SELECT state FROM round WHERE id = OLD.round_id) = 'CLOSED'
  OR (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER sheet_entry_closed_no_delete BEFORE DELETE ON sheet_entry
WHEN (SELECT state = 'CLOSED' AND rehearsal = 0 FROM round WHERE id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER sheet_line_closed_no_insert BEFORE INSERT ON sheet_line
WHEN (SELECT r.state FROM sheet_entry e JOIN round r ON r.id = e.round_id WHERE e.id = NEW.entry_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER sheet_line_closed_no_update BEFORE UPDATE ON sheet_line
WHEN (SELECT r.state FROM sheet_entry e JOIN round r ON r.id = e.round_id WHERE e.id = OLD.entry_id) = 'CLOSED'
  OR (SELECT r.state FROM sheet_entry e JOIN round r ON r.id = e.round_id WHERE e.id = NEW.entry_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER sheet_line_closed_no_delete BEFORE DELETE ON sheet_line
WHEN (SELECT r.state = 'CLOSED' AND r.rehearsal = 0 FROM sheet_entry e JOIN round r ON r.id = e.round_id
      WHERE e.id = OLD.entry_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

-- A round counted from its tally sheets takes no ballots: its count is the sheet's.

CREATE TRIGGER ballot_not_in_sheet_rounds BEFORE INSERT ON ballot
WHEN (SELECT counting IN ('TALLY_SHEET', 'TALLY_SHEET_TWICE') FROM round WHERE id = NEW.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: this round is counted from tally sheets'); END;
