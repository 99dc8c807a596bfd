-- The members as organization-service last published them (org.members: registry number, cell, status, version; no
-- names): a self-review is only for an active member of its cell.
CREATE TABLE known_member (
    registry_no varchar(32) PRIMARY KEY,
    unit_code   varchar(64) NOT NULL,
    status      varchar(20) NOT NULL,
    version     bigint      NOT NULL
);
