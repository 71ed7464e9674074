-- tinnhiem schema, version 8: double entry by ballot serial. Every reading of a numbered paper ballot is kept
-- (round, serial, pass 1–3, the count of ballots numbered, valid or invalid, the marks, when it was keyed); a
-- ballot recorded because its readings agreed, or a third reading resolved them, carries its serial.

ALTER TABLE ballot ADD COLUMN serial INTEGER CHECK (serial IS NULL OR serial >= 1);

CREATE UNIQUE INDEX ballot_by_serial ON ballot(round_id, serial) WHERE serial IS NOT NULL;

CREATE TABLE reading (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES round(id),
  serial INTEGER NOT NULL CHECK (serial >= 1),
  pass INTEGER NOT NULL CHECK (pass BETWEEN 1 AND 3),
  numbered INTEGER NOT NULL CHECK (numbered >= 1 AND serial <= numbered),
  status TEXT NOT NULL CHECK (status IN ('VALID', 'INVALID')),
  marks TEXT NOT NULL CHECK (status = 'VALID' OR marks = ''),
  at TEXT NOT NULL,
  UNIQUE (round_id, serial, pass)
);

-- Readings belong to double-entry rounds only, all under one count of ballots numbered, and a pass follows the
-- one before it.

CREATE TRIGGER reading_double_entry_only BEFORE INSERT ON reading
WHEN (SELECT counting FROM round WHERE id = NEW.round_id) IS NOT 'DOUBLE_ENTRY'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: readings belong to a double-entry round'); END;

CREATE TRIGGER reading_one_count BEFORE INSERT ON reading
WHEN EXISTS (SELECT 1 FROM reading WHERE round_id = NEW.round_id AND numbered <> NEW.numbered)
  OR NEW.numbered > (SELECT issued FROM round WHERE id = NEW.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: one count of ballots numbered per round'); END;

CREATE TRIGGER reading_pass_in_order BEFORE INSERT ON reading
WHEN NEW.pass <> 1 + (SELECT count(*) FROM reading WHERE round_id = NEW.round_id AND serial = NEW.serial)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a reading follows the one before it'); END;

-- A reading is never changed: a third reading corrects. A closed round takes none and keeps its readings for good,
-- except that a rehearsal round may be deleted whole.

CREATE TRIGGER reading_closed_no_insert BEFORE INSERT ON reading
WHEN (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

CREATE TRIGGER reading_no_update BEFORE UPDATE ON reading
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a reading is never changed'); END;

CREATE TRIGGER reading_closed_no_delete BEFORE DELETE ON reading
WHEN (SELECT state = 'CLOSED' AND rehearsal = 0 FROM round WHERE id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END;

-- A double-entry round voids no ballot: a third reading of the paper corrects a conflict.

CREATE TRIGGER ballot_double_entry_no_void BEFORE UPDATE OF voided ON ballot
WHEN NEW.voided = 1 AND (SELECT counting FROM round WHERE id = NEW.round_id) = 'DOUBLE_ENTRY'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a double-entry round voids no ballot'); END;

-- A double-entry round closes only with every numbered ballot settled: as many ballots with a serial, none
-- voided, as the count numbered, and that count as the ballots collected.

CREATE TRIGGER round_double_entry_settled BEFORE UPDATE OF state ON round
WHEN NEW.state = 'CLOSED' AND OLD.state = 'OPEN' AND NEW.counting = 'DOUBLE_ENTRY' AND (
  NEW.collected IS NOT (SELECT max(numbered) FROM reading WHERE round_id = NEW.id)
  OR (SELECT count(*) FROM ballot WHERE round_id = NEW.id AND serial IS NOT NULL AND voided = 0)
     <> NEW.collected
  OR EXISTS (SELECT 1 FROM ballot WHERE round_id = NEW.id AND (serial IS NULL OR voided = 1)))
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a double-entry round closes with every numbered ballot settled'); END;
