CREATE SEQUENCE org_unit_seq INCREMENT 50;

CREATE TABLE org_unit (
    id           bigint PRIMARY KEY,
    code         varchar(64)  NOT NULL UNIQUE,
    name         varchar(255) NOT NULL,
    search_text  varchar(600) NOT NULL,
    kind         varchar(32)  NOT NULL,
    parent_id    bigint REFERENCES org_unit (id),
    -- ancestors' codes and the unit's own, as /HT/HT-DT/HT-DT.LTT/ : subtree = prefix match
    path         text         NOT NULL,
    depth        int          NOT NULL,
    member_count int          NOT NULL DEFAULT 0,
    valid_from   date         NOT NULL,
    valid_to     date,
    version      bigint       NOT NULL
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);
CREATE INDEX org_unit_path ON org_unit (path text_pattern_ops);
CREATE INDEX org_unit_search ON org_unit (search_text text_pattern_ops);

-- Events waiting for the relay; written in the same transaction as the change they describe.
CREATE TABLE outbox_event (
    seq         bigserial PRIMARY KEY,
    topic       varchar(100) NOT NULL,
    message_key varchar(200) NOT NULL,
    cloud_event text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
