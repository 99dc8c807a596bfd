-- Every state a unit has had, from the date it took effect until the next one did: "the tree on 2025-06-30".
CREATE TABLE unit_version (
    code           varchar(64)  NOT NULL,
    version        bigint       NOT NULL,
    name           varchar(255) NOT NULL,
    kind           varchar(32)  NOT NULL,
    parent_code    varchar(64),
    path           text         NOT NULL,
    depth          int          NOT NULL,
    effective_from date         NOT NULL,
    effective_to   date,
    dissolved      boolean      NOT NULL,
    PRIMARY KEY (code, version)
);
CREATE INDEX unit_version_code_dates ON unit_version (code, effective_from);
CREATE INDEX unit_version_parent_dates ON unit_version (parent_code, effective_from);

INSERT INTO unit_version (code, version, name, kind, parent_code, path, depth, effective_from, effective_to, dissolved)
SELECT u.code, u.version, u.name, u.kind, p.code, u.path, u.depth, u.valid_from, NULL, u.valid_to IS NOT NULL
FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id;

-- Which units became which: merges (N predecessors, 1 successor) and splits (1 predecessor, N successors).
CREATE TABLE unit_lineage (
    predecessor    varchar(64) NOT NULL,
    successor      varchar(64) NOT NULL,
    change         varchar(8)  NOT NULL,
    effective_date date        NOT NULL,
    PRIMARY KEY (predecessor, successor)
);
CREATE INDEX unit_lineage_successor ON unit_lineage (successor);

-- The units this one was formed from, carried in its events so the roll-ups can apply the merge rule.
ALTER TABLE org_unit ADD COLUMN predecessor_codes varchar(64)[] NOT NULL DEFAULT '{}';
