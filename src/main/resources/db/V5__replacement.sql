-- tinnhiem schema, version 5: a ballot keyed in place of a voided one names it ("thay phiếu số 25"), so the
-- minutes and the audit log show the pair. Only a number of the same round: nothing about a voter.
ALTER TABLE ballot ADD COLUMN replaces INTEGER CHECK (replaces IS NULL OR replaces >= 1);
