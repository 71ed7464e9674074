-- tinnhiem schema, version 2: the rules a meeting counts under, and the form and base each round was counted
-- under (fixed when it opened and when it closed). Empty texts read as NQ 96/2023/QH15.

ALTER TABLE meeting ADD COLUMN rules TEXT NOT NULL DEFAULT '';

ALTER TABLE round ADD COLUMN form TEXT NOT NULL DEFAULT '';

ALTER TABLE round ADD COLUMN base INTEGER;
