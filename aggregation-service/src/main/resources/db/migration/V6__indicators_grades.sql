-- Indicators met and the grade distribution in the roll-up, for the campaign's year (its deadline's).
CREATE TABLE indicator_state (
    unit_code varchar(64) NOT NULL,
    period    varchar(16) NOT NULL,
    met       int         NOT NULL,
    total     int         NOT NULL,
    version   bigint      NOT NULL,
    PRIMARY KEY (unit_code, period)
);

CREATE TABLE classification_state (
    unit_code     varchar(64) NOT NULL,
    year          int         NOT NULL,
    decided_grade varchar(20),
    version       bigint      NOT NULL,
    PRIMARY KEY (unit_code, year)
);

ALTER TABLE contribution ADD COLUMN grade varchar(20);
