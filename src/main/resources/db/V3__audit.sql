-- tinnhiem schema, version 3: an append-only audit log kept as a hash chain, and the fingerprint of each round,
-- set in the same transaction that closes it.
-- An entry holds when it was written, what happened, the meeting and round it concerns and a short detail; for a
-- ballot only its running number, validity and marks: the order of counting, which is not the order of voting.
-- Each entry's hash is SHA-256 over the previous entry's hash, a line break and the entry's canonical text
-- (vn.tinnhiem.domain.AuditChain); the first entry follows 64 zeros.

CREATE TABLE audit_event (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('MEETING_CREATED', 'MEETING_EDITED', 'ROSTER_CHANGED', 'ROUND_OPENED',
    'BALLOT_RECORDED', 'BALLOT_VOIDED', 'ROUND_CLOSED', 'EXPORT_WRITTEN')),
  meeting_id INTEGER,
  round_id INTEGER,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);

CREATE INDEX audit_event_by_meeting ON audit_event(meeting_id, seq);

CREATE INDEX audit_event_by_round ON audit_event(round_id, seq);

-- Append-only, in the database itself: an entry can be neither changed nor removed, and a new one must follow
-- the last (next number, the last hash as its previous hash).

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'tinnhiem: the audit log is append-only'); END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'tinnhiem: the audit log is append-only'); END;

CREATE TRIGGER audit_event_in_order BEFORE INSERT ON audit_event
WHEN NEW.seq <> COALESCE((SELECT max(seq) FROM audit_event), 0) + 1
  OR NEW.prev_hash <> COALESCE((SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'tinnhiem: an audit entry must follow the last one'); END;

ALTER TABLE round ADD COLUMN fingerprint TEXT CHECK (fingerprint IS NULL OR length(fingerprint) = 64);
