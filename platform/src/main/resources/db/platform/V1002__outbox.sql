-- The outbox every service's events leave through (OutboxEvent, OutboxRelay), owned here from now on: a new
-- service's database gets it from this migration alone. The services created before made it in their own first
-- migrations (and must keep them: those are applied), so for their databases this changes nothing. Each event takes
-- its own number from the sequence, in commit order (increment 1: blocks kept per process let two replicas publish
-- an entity's versions out of order).
CREATE TABLE IF NOT EXISTS outbox_event (
    seq         bigserial PRIMARY KEY,
    topic       varchar(100) NOT NULL,
    message_key varchar(200) NOT NULL,
    cloud_event text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
