-- A member's self-review for a campaign: the most sensitive record here; its text never leaves this service.
CREATE TABLE self_review (
    id                    uuid PRIMARY KEY,
    campaign_id           bigint      NOT NULL REFERENCES campaign (id),
    registry_no           varchar(32) NOT NULL,
    unit_code             varchar(64) NOT NULL,
    -- which of the 27 manifestations of degradation the member found in themself (1-27)
    manifestations        int[]       NOT NULL,
    personal_shortcomings varchar(4000),
    improvement_plan      varchar(4000),
    stage                 varchar(16) NOT NULL,
    self_grade            varchar(16) NOT NULL,
    proposed_grade        varchar(16),
    decided_grade         varchar(16),
    version               bigint      NOT NULL,
    UNIQUE (campaign_id, registry_no)
);
CREATE INDEX self_review_unit ON self_review (unit_code);

-- A unit's yearly quality classification.
CREATE TABLE unit_classification (
    unit_code      varchar(64) NOT NULL,
    year           int         NOT NULL,
    stage          varchar(16) NOT NULL,
    self_grade     varchar(16) NOT NULL,
    proposed_grade varchar(16),
    decided_grade  varchar(16),
    version        bigint      NOT NULL,
    PRIMARY KEY (unit_code, year)
);
