-- A shortcoming raised at a unit in an area where the same unit had one in an earlier review (resolved or not)
-- comes back ("tái diễn"): it links to the latest such earlier one. Marked when raised; shortcomings raised before
-- this column came are not marked (their events were published without it).
ALTER TABLE shortcoming ADD COLUMN recurring_of uuid REFERENCES shortcoming (id);
CREATE INDEX shortcoming_unit_area ON shortcoming (unit_code, area);
