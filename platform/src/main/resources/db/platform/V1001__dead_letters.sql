-- Consumed records a service could not apply, set aside so that its consumer goes on (platform module).
CREATE TABLE dead_letter (
    id            bigserial PRIMARY KEY,
    topic         varchar(255) NOT NULL,
    partition     int          NOT NULL,
    record_offset bigint       NOT NULL,
    message_key   varchar(500),
    payload       text,
    reason        text         NOT NULL,
    status        varchar(10)  NOT NULL,
    recorded_at   timestamptz  NOT NULL DEFAULT now(),
    redriven_at   timestamptz,
    redriven_by   varchar(200),
    -- a record replayed after a crash is set aside once
    UNIQUE (topic, partition, record_offset)
);
CREATE INDEX dead_letter_status ON dead_letter (status, id);
