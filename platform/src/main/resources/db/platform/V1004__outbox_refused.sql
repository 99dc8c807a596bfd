-- Outbox rows the broker refused for good (a record too large, a topic name it rejects, a topic the service may not
-- write), set aside so that the relay goes on with every other row (OutboxRefusals). A row keeps its outbox number,
-- so the rows of one entity are re-sent in their order. `superseded` marks a row whose entity had a newer event
-- delivered in the same batch: the topic already holds a newer state, re-sending the older would end it on the older.
CREATE TABLE outbox_refused (
    seq         bigint       PRIMARY KEY,
    topic       varchar(100) NOT NULL,
    message_key varchar(200) NOT NULL,
    cloud_event text         NOT NULL,
    created_at  timestamptz  NOT NULL,
    refused_at  timestamptz  NOT NULL DEFAULT now(),
    reason      text         NOT NULL,
    superseded  boolean      NOT NULL DEFAULT false
);
-- the relay asks, for the keys of each batch, whether an earlier row of the same entity waits here
CREATE INDEX outbox_refused_entity ON outbox_refused (topic, message_key, seq);
