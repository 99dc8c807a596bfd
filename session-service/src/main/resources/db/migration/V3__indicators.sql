-- A unit's targets for a period (a resolution term such as 2020-2025, or a year), replaced as a set.
CREATE TABLE indicator_set (
    unit_code varchar(64) NOT NULL,
    period    varchar(9)  NOT NULL,
    version   bigint      NOT NULL,
    PRIMARY KEY (unit_code, period)
);

CREATE TABLE indicator (
    id           bigserial PRIMARY KEY,
    unit_code    varchar(64)    NOT NULL,
    period       varchar(9)     NOT NULL,
    position     int            NOT NULL,
    name         varchar(255)   NOT NULL,
    measure_unit varchar(50),
    target       numeric(20, 4) NOT NULL,
    actual       numeric(20, 4) NOT NULL,
    direction    varchar(8)     NOT NULL,
    FOREIGN KEY (unit_code, period) REFERENCES indicator_set (unit_code, period),
    UNIQUE (unit_code, period, name)
);
