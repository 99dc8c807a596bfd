-- The latest state of each entity the roll-ups depend on, as its owner last published it.
CREATE TABLE unit_node (
    code        varchar(64)  PRIMARY KEY,
    name        varchar(255) NOT NULL,
    kind        varchar(32)  NOT NULL,
    parent_code varchar(64),
    ancestors   varchar(64)[] NOT NULL, -- root first, down to the parent
    valid_to    date,
    version     bigint       NOT NULL
);
CREATE INDEX unit_node_parent ON unit_node (parent_code);
CREATE INDEX unit_node_ancestors ON unit_node USING gin (ancestors);

CREATE TABLE campaign_info (
    code              varchar(64)  PRIMARY KEY,
    issuing_unit_code varchar(64)  NOT NULL,
    scope_kinds       varchar(32)[] NOT NULL,
    deadline          date         NOT NULL,
    version           bigint       NOT NULL
);
CREATE INDEX campaign_info_issuer ON campaign_info (issuing_unit_code);

CREATE TABLE session_state (
    id            uuid        PRIMARY KEY,
    campaign_code varchar(64) NOT NULL,
    unit_code     varchar(64) NOT NULL,
    status        varchar(16) NOT NULL,
    held_on       date,
    version       bigint      NOT NULL
);
CREATE INDEX session_state_unit ON session_state (campaign_code, unit_code);

-- What each unit last added to its ancestors' counters for a campaign: the next change subtracts exactly this.
CREATE TABLE contribution (
    campaign_code varchar(64) NOT NULL,
    unit_code     varchar(64) NOT NULL,
    kind          varchar(32) NOT NULL,
    in_scope      boolean     NOT NULL,
    held          boolean     NOT NULL,
    on_time       boolean     NOT NULL,
    ancestors     varchar(64)[] NOT NULL, -- from the issuing unit down to the parent
    PRIMARY KEY (campaign_code, unit_code)
);
CREATE INDEX contribution_ancestors ON contribution USING gin (ancestors);

-- The roll-ups: one row per campaign, unit and counter (direct.held, kind.CELL.expected, onTime, ...).
CREATE TABLE rollup_counter (
    campaign_code varchar(64) NOT NULL,
    unit_code     varchar(64) NOT NULL,
    counter       varchar(64) NOT NULL,
    value         bigint      NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (campaign_code, unit_code, counter)
);
