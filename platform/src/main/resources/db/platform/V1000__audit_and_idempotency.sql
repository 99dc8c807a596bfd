-- Shared by every service (platform module): the audit log and the Idempotency-Key records.

-- Every change to an audited record: who, when, which record, before and after. Rows are only ever added:
-- the trigger refuses updates and deletes, whoever asks.
CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    at          timestamptz  NOT NULL DEFAULT now(),
    actor       varchar(200) NOT NULL,
    action      varchar(10)  NOT NULL,
    record_type varchar(100) NOT NULL,
    record_key  varchar(200) NOT NULL,
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_key, id);
CREATE INDEX audit_entry_actor ON audit_entry (actor, id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

-- A write sent with an Idempotency-Key: claimed when it starts, completed with the response it gave.
CREATE TABLE idempotency_key (
    caller       varchar(200) NOT NULL,
    key          varchar(200) NOT NULL,
    fingerprint  varchar(64)  NOT NULL,
    status       int,
    content_type varchar(100),
    location     varchar(500),
    body         text,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
