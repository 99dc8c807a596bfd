-- A campaign's status as session-service last published it: closing it freezes its roll-ups.
ALTER TABLE campaign_info ADD COLUMN status varchar(16) NOT NULL DEFAULT 'OPEN';

-- Each unit's roll-up as it stood when its campaign was closed, with the unit's place in the tree then, so that it
-- stays readable after the tree changes. Written once (a frozen figure never changes); also on the rollup.frozen
-- topic, from which a rebuild restores it.
CREATE TABLE frozen_rollup (
    campaign_code varchar(64)   NOT NULL,
    unit_code     varchar(64)   NOT NULL,
    parent_code   varchar(64),
    ancestors     varchar(64)[] NOT NULL,
    frozen_at     timestamptz   NOT NULL,
    view          jsonb         NOT NULL,
    PRIMARY KEY (campaign_code, unit_code)
);
CREATE INDEX frozen_rollup_parent ON frozen_rollup (campaign_code, parent_code, unit_code);
