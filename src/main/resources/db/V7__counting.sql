-- tinnhiem schema, version 7: how a round is counted, chosen when it opens: ballot by ballot (as before), each
-- numbered ballot keyed twice by serial, or the committee's tally sheets entered once or twice.

ALTER TABLE round ADD COLUMN counting TEXT NOT NULL DEFAULT 'BALLOTS'
    CHECK (counting IN ('BALLOTS', 'DOUBLE_ENTRY', 'TALLY_SHEET', 'TALLY_SHEET_TWICE'));

-- The way a round is counted is fixed for its life, open or closed.

CREATE TRIGGER round_counting_fixed BEFORE UPDATE OF counting ON round
WHEN NEW.counting IS NOT OLD.counting
BEGIN SELECT RAISE(ABORT, 'tinnhiem: a round keeps the way it is counted'); END;
