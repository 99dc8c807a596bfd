-- Retention (platform Retention): the audit log keeps its entries for a configured period, and refuses TRUNCATE as
-- it refuses updates and deletes. The only delete it allows is retention's, in a transaction that has said which
-- entries are past their period (tusoi.audit_retention_before), and never of an entry younger than a year, whatever
-- the setting says.
CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    expired_before text := current_setting('tusoi.audit_retention_before', true);
BEGIN
    IF TG_OP = 'DELETE' AND coalesce(expired_before, '') <> '' THEN
        IF expired_before::timestamptz <= now() - interval '1 year' AND OLD.at < expired_before::timestamptz THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- entries are added in time order: a block range index finds the expired ones at little cost
CREATE INDEX audit_entry_at ON audit_entry USING brin (at);
CREATE INDEX dead_letter_redriven ON dead_letter (redriven_at) WHERE status = 'REDRIVEN';
