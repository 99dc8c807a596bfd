-- When the unit last submitted the session: the superior committee's queue reads the oldest submission first.
-- Sessions waiting in the queue when this column came were submitted no later than then.
ALTER TABLE review_session ADD COLUMN submitted_at timestamptz;
UPDATE review_session SET submitted_at = now() WHERE status = 'SUBMITTED';
CREATE INDEX review_session_queue ON review_session (status, submitted_at, unit_code);
