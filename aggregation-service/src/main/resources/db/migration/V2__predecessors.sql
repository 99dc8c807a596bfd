-- The units merged into this one: it counts as having held a campaign when all of them had.
ALTER TABLE unit_node ADD COLUMN predecessors varchar(64)[] NOT NULL DEFAULT '{}';
