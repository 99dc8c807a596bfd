-- The latest rebuild, shared by every replica: one row, claimed by the replica that runs it. A run whose
-- heartbeat stopped (its process died) may be taken over by a new start.
CREATE TABLE rebuild_run (
    id              int PRIMARY KEY CHECK (id = 1),
    state           varchar(10)  NOT NULL,
    requested_by    varchar(200) NOT NULL,
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz,
    heartbeat_at    timestamptz  NOT NULL,
    events          bigint       NOT NULL DEFAULT 0,
    events_at_start bigint       NOT NULL DEFAULT 0,
    error           text
);
