-- Where a unit's notices are e-mailed, as organization-service publishes it.
ALTER TABLE unit_node
    ADD COLUMN notification_emails varchar(254)[] NOT NULL DEFAULT '{}',
    ADD COLUMN email_off boolean NOT NULL DEFAULT false;

-- Every notice, recorded before anything is sent: the unit's inbox, and the source of its e-mails and of the
-- notices topic. notice_key (kind, campaign or action, unit, scheduled time) makes a notice once, however many
-- replicas or runs decide it.
CREATE TABLE notice (
    id            uuid         PRIMARY KEY,
    notice_key    varchar(300) NOT NULL UNIQUE,
    kind          varchar(32)  NOT NULL,
    unit_code     varchar(64)  NOT NULL,
    campaign_code varchar(64),
    subject_ref   varchar(100), -- what else it is about: a remediation action's id
    title         varchar(300) NOT NULL,
    body          text         NOT NULL,
    link          varchar(500) NOT NULL,
    sent_by       varchar(128),
    created_at    timestamptz  NOT NULL,
    read_at       timestamptz
);
CREATE INDEX notice_inbox ON notice (unit_code, created_at DESC);

-- One e-mail of a notice to one address: claimed by one sender (FOR UPDATE SKIP LOCKED), retried with backoff,
-- FAILED after the last attempt, UNCONFIRMED when its sender stopped between claiming and recording the send.
CREATE TABLE notice_mail (
    notice_id   uuid         NOT NULL REFERENCES notice (id),
    address     varchar(254) NOT NULL,
    status      varchar(16)  NOT NULL,
    attempts    int          NOT NULL DEFAULT 0,
    not_before  timestamptz  NOT NULL,
    claimed_at  timestamptz,
    sent_at     timestamptz,
    last_error  varchar(1000),
    PRIMARY KEY (notice_id, address)
);
CREATE INDEX notice_mail_due ON notice_mail (not_before) WHERE status = 'PENDING';
CREATE INDEX notice_mail_sending ON notice_mail (claimed_at) WHERE status = 'SENDING';
CREATE INDEX notice_mail_status ON notice_mail (status) WHERE status IN ('FAILED', 'UNCONFIRMED');

-- When a unit was last reminded of a campaign: a second reminder within the interval is not made, whoever asks
-- (the row is the lock two officers reminding at once contend for).
CREATE TABLE reminder_mark (
    campaign_code varchar(64) NOT NULL,
    unit_code     varchar(64) NOT NULL,
    reminded_at   timestamptz NOT NULL,
    PRIMARY KEY (campaign_code, unit_code)
);

-- A campaign's reminder schedule, set by its issuer (none: the deployment's defaults): days before the deadline, and
-- after it every so many days, so many times.
CREATE TABLE reminder_schedule (
    campaign_code    varchar(64) PRIMARY KEY,
    days_before      int[]       NOT NULL,
    every_days_after int         NOT NULL,
    times_after      int         NOT NULL,
    set_by           varchar(128) NOT NULL,
    set_at           timestamptz NOT NULL
);

-- Each scheduled reminder run of a campaign, once: the row is claimed in the run's transaction, so that of several
-- replicas one runs it, and a replica stopped in the middle leaves nothing (the next run makes it whole).
CREATE TABLE reminder_run (
    campaign_code varchar(64) NOT NULL,
    due_on        date        NOT NULL,
    ran_at        timestamptz NOT NULL,
    reminded      int         NOT NULL,
    digests       int         NOT NULL,
    PRIMARY KEY (campaign_code, due_on)
);

-- A remediation action's unit and due date, as session-service publishes them: its reminders and escalation.
ALTER TABLE action_state ADD COLUMN unit_code varchar(64), ADD COLUMN due_on date;
CREATE INDEX action_state_open_due ON action_state (due_on) WHERE status IN ('PLANNED', 'IN_PROGRESS');
CREATE INDEX notice_escalated ON notice (kind, subject_ref) WHERE kind = 'ACTION_ESCALATED';

-- A session's review note (why it was returned), for the notice to its unit; the reports waiting for approval and
-- those returned, looked up by the workflow notices.
ALTER TABLE session_state ADD COLUMN review_note text;
CREATE INDEX session_state_in_review ON session_state (status) WHERE status IN ('SUBMITTED', 'RETURNED');
-- Which version of a unit's classification its unit was told of (the grade decided): the next one not yet told.
ALTER TABLE classification_state ADD COLUMN announced_version bigint;
CREATE INDEX classification_state_unannounced ON classification_state (unit_code)
    WHERE decided_grade IS NOT NULL AND announced_version IS DISTINCT FROM version;
