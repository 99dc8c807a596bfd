-- Party members as the member registry sends them; the registry number is the key shared with it.
CREATE TABLE member (
    registry_no varchar(32)  PRIMARY KEY,
    full_name   varchar(255) NOT NULL,
    unit_id     bigint       NOT NULL REFERENCES org_unit (id),
    role        varchar(64),
    status      varchar(16)  NOT NULL,
    joined_on   date,
    version     bigint       NOT NULL
);
CREATE INDEX member_unit ON member (unit_id) WHERE status = 'ACTIVE';
