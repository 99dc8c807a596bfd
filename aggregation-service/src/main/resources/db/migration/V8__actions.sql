-- Remediation actions, for the shortcomings still open with an action past its due date.
CREATE TABLE action_state (
    id             uuid        PRIMARY KEY,
    shortcoming_id uuid        NOT NULL,
    status         varchar(20) NOT NULL,
    overdue        boolean     NOT NULL,
    version        bigint      NOT NULL
);
CREATE INDEX action_state_shortcoming ON action_state (shortcoming_id);
