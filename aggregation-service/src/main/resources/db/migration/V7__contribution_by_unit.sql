-- A unit event looks up the campaigns the unit already feeds: by unit, which the primary key (campaign first)
-- cannot serve; without it every unit event scanned the whole table.
CREATE INDEX contribution_unit ON contribution (unit_code);
