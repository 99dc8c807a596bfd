-- What this service announces (the rollup topic) leaves through an outbox, like every service's events.
CREATE TABLE outbox_event (
    seq         bigserial PRIMARY KEY,
    topic       varchar(100) NOT NULL,
    message_key varchar(200) NOT NULL,
    cloud_event text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
ALTER SEQUENCE outbox_event_seq_seq INCREMENT BY 50;
