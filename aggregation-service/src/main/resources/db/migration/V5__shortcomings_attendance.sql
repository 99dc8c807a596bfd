-- Shortcomings and attendance in the roll-up.
ALTER TABLE session_state ADD COLUMN attendance_expected int, ADD COLUMN attendance_present int;

-- A shortcoming's state as session-service last published it (area and status, never its text).
CREATE TABLE shortcoming_state (
    id            uuid        PRIMARY KEY,
    campaign_code varchar(64) NOT NULL,
    unit_code     varchar(64) NOT NULL,
    area          varchar(40) NOT NULL,
    status        varchar(20) NOT NULL,
    version       bigint      NOT NULL
);
CREATE INDEX shortcoming_state_unit ON shortcoming_state (campaign_code, unit_code);

-- What a unit adds to itself and every unit above it besides the held/expected counts: its shortcomings by status
-- and area, its session's attendance ({"shortcomings.raised": 3, "attendance.present": 27, ...}).
ALTER TABLE contribution ADD COLUMN tallies jsonb NOT NULL DEFAULT '{}';

-- The day each unit held a campaign: its ancestors count held units per day (the completion curve).
ALTER TABLE contribution ADD COLUMN held_on date;
