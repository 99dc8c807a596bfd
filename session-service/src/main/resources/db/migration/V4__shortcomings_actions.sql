-- Shortcomings named in a session, their causes, and the remediation committed to for each.
CREATE TABLE shortcoming (
    id                 uuid PRIMARY KEY,
    session_id         uuid          NOT NULL REFERENCES review_session (id),
    unit_code          varchar(64)   NOT NULL,
    area               varchar(32)   NOT NULL,
    description        varchar(4000) NOT NULL,
    root_cause         varchar(2000),
    responsibility     varchar(16)   NOT NULL,
    responsible_member varchar(64),
    status             varchar(16)   NOT NULL,
    -- the shortcoming of an earlier review this one carries over ("kết quả khắc phục ... kỳ kiểm điểm trước")
    carried_from       uuid REFERENCES shortcoming (id),
    version            bigint        NOT NULL
);
CREATE INDEX shortcoming_session ON shortcoming (session_id);
CREATE INDEX shortcoming_unit ON shortcoming (unit_code);

CREATE TABLE shortcoming_cause (
    shortcoming_id uuid          NOT NULL REFERENCES shortcoming (id),
    position       int           NOT NULL,
    kind           varchar(12)   NOT NULL,
    description    varchar(2000) NOT NULL,
    PRIMARY KEY (shortcoming_id, position)
);

CREATE TABLE remediation_action (
    id               uuid PRIMARY KEY,
    shortcoming_id   uuid          NOT NULL REFERENCES shortcoming (id),
    unit_code        varchar(64)   NOT NULL,
    description      varchar(2000) NOT NULL,
    owner            varchar(255)  NOT NULL,
    due_on           date          NOT NULL,
    status           varchar(16)   NOT NULL,
    progress_percent int           NOT NULL,
    notes            varchar(4000),
    -- set once the overdue check has announced it
    overdue_since    date,
    version          bigint        NOT NULL
);
CREATE INDEX remediation_action_shortcoming ON remediation_action (shortcoming_id);
CREATE INDEX remediation_action_due ON remediation_action (due_on) WHERE status IN ('PLANNED', 'IN_PROGRESS');
