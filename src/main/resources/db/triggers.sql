-- trigger audit_event_in_order audit_event
CREATE TRIGGER audit_event_in_order BEFORE INSERT ON audit_event
WHEN NEW.seq <> COALESCE((SELECT max(seq) FROM audit_event), 0) + 1
  OR NEW.prev_hash <> COALESCE((SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'tinnhiem: an audit entry must follow the last one'); END
-- trigger audit_event_no_delete audit_event
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'tinnhiem: the audit log is append-only'); END
-- trigger audit_event_no_update audit_event
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'tinnhiem: the audit log is append-only'); END
-- trigger ballot_closed_no_delete ballot
CREATE TRIGGER ballot_closed_no_delete BEFORE DELETE ON ballot
WHEN (SELECT state = 'CLOSED' AND rehearsal = 0 FROM round WHERE id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger ballot_closed_no_insert ballot
CREATE TRIGGER ballot_closed_no_insert BEFORE INSERT ON ballot
WHEN (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger ballot_closed_no_update ballot
CREATE TRIGGER ballot_closed_no_update BEFORE UPDATE ON ballot
WHEN (SELECT state FROM round WHERE id = OLD.round_id) = 'CLOSED'
  OR (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger ballot_double_entry_no_void ballot
CREATE TRIGGER ballot_double_entry_no_void BEFORE UPDATE OF voided ON ballot
WHEN NEW.voided = 1 AND (SELECT counting FROM round WHERE id = NEW.round_id) = 'DOUBLE_ENTRY'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a double-entry round voids no ballot'); END
-- trigger ballot_line_closed_no_delete ballot_line
CREATE TRIGGER ballot_line_closed_no_delete BEFORE DELETE ON ballot_line
WHEN (SELECT r.state = 'CLOSED' AND r.rehearsal = 0 FROM ballot b JOIN round r ON r.id = b.round_id
      WHERE b.id = OLD.ballot_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger ballot_line_closed_no_insert ballot_line
CREATE TRIGGER ballot_line_closed_no_insert BEFORE INSERT ON ballot_line
WHEN (SELECT r.state FROM ballot b JOIN round r ON r.id = b.round_id WHERE b.id = NEW.ballot_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger ballot_line_closed_no_update ballot_line
CREATE TRIGGER ballot_line_closed_no_update BEFORE UPDATE ON ballot_line
WHEN (SELECT r.state FROM ballot b JOIN round r ON r.id = b.round_id WHERE b.id = OLD.ballot_id) = 'CLOSED'
  OR (SELECT r.state FROM ballot b JOIN round r ON r.id = b.round_id WHERE b.id = NEW.ballot_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger ballot_not_in_sheet_rounds ballot
CREATE TRIGGER ballot_not_in_sheet_rounds BEFORE INSERT ON ballot
WHEN (SELECT counting IN ('TALLY_SHEET', 'TALLY_SHEET_TWICE') FROM round WHERE id = NEW.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: this round is counted from tally sheets'); END
-- trigger reading_closed_no_delete reading
CREATE TRIGGER reading_closed_no_delete BEFORE DELETE ON reading
WHEN (SELECT state = 'CLOSED' AND rehearsal = 0 FROM round WHERE id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger reading_closed_no_insert reading
CREATE TRIGGER reading_closed_no_insert BEFORE INSERT ON reading
WHEN (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger reading_double_entry_only reading
CREATE TRIGGER reading_double_entry_only BEFORE INSERT ON reading
WHEN (SELECT counting FROM round WHERE id = NEW.round_id) IS NOT 'DOUBLE_ENTRY'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: readings belong to a double-entry round'); END
-- trigger reading_no_update reading
CREATE TRIGGER reading_no_update BEFORE UPDATE ON reading
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a reading is never changed'); END
-- trigger reading_one_count reading
CREATE TRIGGER reading_one_count BEFORE INSERT ON reading
WHEN EXISTS (SELECT 1 FROM reading WHERE round_id = NEW.round_id AND numbered <> NEW.numbered)
  OR NEW.numbered > (SELECT issued FROM round WHERE id = NEW.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: one count of ballots numbered per round'); END
-- trigger reading_pass_in_order reading
CREATE TRIGGER reading_pass_in_order BEFORE INSERT ON reading
WHEN NEW.pass <> 1 + (SELECT count(*) FROM reading WHERE round_id = NEW.round_id AND serial = NEW.serial)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a reading follows the one before it'); END
-- trigger round_closed_no_delete round
CREATE TRIGGER round_closed_no_delete BEFORE DELETE ON round
WHEN OLD.state = 'CLOSED' AND OLD.rehearsal = 0
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger round_closed_no_update round
CREATE TRIGGER round_closed_no_update BEFORE UPDATE ON round
WHEN OLD.state = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger round_counting_fixed round
CREATE TRIGGER round_counting_fixed BEFORE UPDATE OF counting ON round
WHEN NEW.counting IS NOT OLD.counting
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a round keeps the way it is counted'); END
-- trigger round_double_entry_settled round
CREATE TRIGGER round_double_entry_settled BEFORE UPDATE OF state ON round
WHEN NEW.state = 'CLOSED' AND OLD.state = 'OPEN' AND NEW.counting = 'DOUBLE_ENTRY' AND (
  NEW.collected IS NOT (SELECT max(numbered) FROM reading WHERE round_id = NEW.id)
  OR (SELECT count(*) FROM ballot WHERE round_id = NEW.id AND serial IS NOT NULL AND voided = 0)
     <> NEW.collected
  OR EXISTS (SELECT 1 FROM ballot WHERE round_id = NEW.id AND (serial IS NULL OR voided = 1)))
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a double-entry round closes with every numbered ballot settled'); END
-- trigger round_official_closed_no_delete round_official
CREATE TRIGGER round_official_closed_no_delete BEFORE DELETE ON round_official
WHEN (SELECT state = 'CLOSED' AND rehearsal = 0 FROM round WHERE id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger round_official_closed_no_insert round_official
CREATE TRIGGER round_official_closed_no_insert BEFORE INSERT ON round_official
WHEN (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger round_official_closed_no_update round_official
CREATE TRIGGER round_official_closed_no_update BEFORE UPDATE ON round_official
WHEN (SELECT state FROM round WHERE id = OLD.round_id) = 'CLOSED'
  OR (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger sheet_entry_closed_no_delete sheet_entry
CREATE TRIGGER sheet_entry_closed_no_delete BEFORE DELETE ON sheet_entry
WHEN (SELECT state = 'CLOSED' AND rehearsal = 0 FROM round WHERE id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger sheet_entry_closed_no_insert sheet_entry
CREATE TRIGGER sheet_entry_closed_no_insert BEFORE INSERT ON sheet_entry
WHEN (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger sheet_entry_no_update sheet_entry
CREATE TRIGGER sheet_entry_no_update BEFORE UPDATE ON sheet_entry
WHEN (SELECT state FROM round WHERE id = OLD.round_id) = 'CLOSED'
  OR (SELECT state FROM round WHERE id = NEW.round_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger sheet_entry_sheet_rounds_only sheet_entry
CREATE TRIGGER sheet_entry_sheet_rounds_only BEFORE INSERT ON sheet_entry
WHEN (SELECT counting NOT IN ('TALLY_SHEET', 'TALLY_SHEET_TWICE') FROM round WHERE id = NEW.round_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: this round is not counted from tally sheets'); END
-- trigger sheet_line_closed_no_delete sheet_line
CREATE TRIGGER sheet_line_closed_no_delete BEFORE DELETE ON sheet_line
WHEN (SELECT r.state = 'CLOSED' AND r.rehearsal = 0 FROM sheet_entry e JOIN round r ON r.id = e.round_id
      WHERE e.id = OLD.entry_id)
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger sheet_line_closed_no_insert sheet_line
CREATE TRIGGER sheet_line_closed_no_insert BEFORE INSERT ON sheet_line
WHEN (SELECT r.state FROM sheet_entry e JOIN round r ON r.id = e.round_id WHERE e.id = NEW.entry_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
-- trigger sheet_line_closed_no_update sheet_line
CREATE TRIGGER sheet_line_closed_no_update BEFORE UPDATE ON sheet_line
WHEN (SELECT r.state FROM sheet_entry e JOIN round r ON r.id = e.round_id WHERE e.id = OLD.entry_id) = 'CLOSED'
  OR (SELECT r.state FROM sheet_entry e JOIN round r ON r.id = e.round_id WHERE e.id = NEW.entry_id) = 'CLOSED'
BEGIN SELECT RAISE(ABORT, 'tinnhiem: round is closed'); END
