-- tinnhiem schema, version 4: a closed round keeps the meeting details it was counted under (title, body, place,
-- date, members summoned and present, the counting committee, its own times), frozen in the transaction that
-- closes it and covered by its fingerprint, so editing the meeting later never changes its minutes.
-- The writer table names the path through which the copy of tinnhiem that writes the file opened it, so a
-- second copy, refused, can say which one holds it (whatever path, link or hard link it came through).

ALTER TABLE round ADD COLUMN meeting_at_close TEXT;

CREATE TABLE writer (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  path TEXT NOT NULL,
  since TEXT NOT NULL
);
