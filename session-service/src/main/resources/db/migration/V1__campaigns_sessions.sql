-- The hierarchy as organization-service last published it (one row per unit, newest version wins).
CREATE TABLE known_unit (
    code        varchar(64) PRIMARY KEY,
    kind        varchar(32) NOT NULL,
    parent_code varchar(64),
    -- ancestors' codes, root first, as /HT/HT-DT/
    ancestors   text        NOT NULL,
    valid_to    date,
    version     bigint      NOT NULL
);

CREATE SEQUENCE campaign_seq INCREMENT 50;
CREATE TABLE campaign (
    id                bigint PRIMARY KEY,
    code              varchar(64)  NOT NULL UNIQUE,
    title             varchar(500) NOT NULL,
    theme             varchar(2000),
    issuing_unit_code varchar(64)  NOT NULL,
    scope_kinds       varchar(32)[] NOT NULL,
    start_date        date         NOT NULL,
    deadline          date         NOT NULL,
    plan_reference    varchar(500),
    status            varchar(16)  NOT NULL,
    version           bigint       NOT NULL
);
CREATE INDEX campaign_issuing_unit ON campaign (issuing_unit_code);

CREATE TABLE review_session (
    id                  uuid PRIMARY KEY,
    campaign_id         bigint      NOT NULL REFERENCES campaign (id),
    unit_code           varchar(64) NOT NULL,
    kind                varchar(32) NOT NULL,
    status              varchar(16) NOT NULL,
    held_on             date,
    chair               varchar(255),
    attendance_expected int,
    attendance_present  int,
    minutes_summary     varchar(10000),
    version             bigint      NOT NULL,
    UNIQUE (campaign_id, unit_code)
);

CREATE TABLE outbox_event (
    seq         bigserial PRIMARY KEY,
    topic       varchar(100) NOT NULL,
    message_key varchar(200) NOT NULL,
    cloud_event text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
