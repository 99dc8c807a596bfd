-- Members: each unit's count from organization events, and the members who wrote their self-review per campaign.
ALTER TABLE unit_node ADD COLUMN member_count int NOT NULL DEFAULT 0;
ALTER TABLE contribution ADD COLUMN members int NOT NULL DEFAULT 0;
ALTER TABLE contribution ADD COLUMN reviewed int NOT NULL DEFAULT 0;

CREATE TABLE self_review_state (
    campaign_code varchar(64) NOT NULL,
    registry_no   varchar(32) NOT NULL,
    unit_code     varchar(64) NOT NULL,
    stage         varchar(16) NOT NULL,
    version       bigint      NOT NULL,
    PRIMARY KEY (campaign_code, registry_no)
);
CREATE INDEX self_review_state_unit ON self_review_state (campaign_code, unit_code);
