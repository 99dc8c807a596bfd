-- Unit search (GET /api/v1/units?q=) asks for the folded text anywhere in a unit's code and name ("duc tho"): a
-- btree serves prefixes only, so at national scale every search scanned the table. A trigram index (pg_trgm, a
-- trusted extension: the database's owner may create it) answers LIKE '%...%' for the current units.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX org_unit_search_trigram ON org_unit USING gin (search_text gin_trgm_ops) WHERE valid_to IS NULL;
DROP INDEX org_unit_search;
