-- A disciplinary decision against a unit or a member for a year: it bars grades above "Hoàn thành nhiệm vụ" for
-- that year (for a member: the year of the campaign's start). A member's record carries the member's cell.
CREATE TABLE disciplinary_record (
    id                 uuid         PRIMARY KEY,
    unit_code          varchar(64)  NOT NULL,
    registry_no        varchar(32),
    year               int          NOT NULL,
    decision_reference varchar(200) NOT NULL,
    decided_on         date         NOT NULL,
    version            bigint       NOT NULL
);
CREATE INDEX disciplinary_record_unit ON disciplinary_record (unit_code, year);
CREATE INDEX disciplinary_record_member ON disciplinary_record (registry_no, year);
