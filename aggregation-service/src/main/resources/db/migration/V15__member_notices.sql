-- A member's own notices (the grade the committee decided for them): kept with their cell, read by the member alone,
-- never in the cell's inbox. Their e-mail address is the member's in the identity provider, looked up after the
-- notice is recorded: addressed_at says it was (with an address or without one).
ALTER TABLE notice ADD COLUMN registry_no varchar(32), ADD COLUMN addressed_at timestamptz;
CREATE INDEX notice_member_inbox ON notice (registry_no, created_at DESC) WHERE registry_no IS NOT NULL;
CREATE INDEX notice_unaddressed ON notice (created_at) WHERE registry_no IS NOT NULL AND addressed_at IS NULL;

-- The member's grade is announced once per version of their self-review; those decided before this are not
-- announced now (they were decided without a notice, and the member has read them on their page since).
ALTER TABLE self_review_state ADD COLUMN announced_version bigint;
UPDATE self_review_state SET announced_version = version WHERE decided_grade IS NOT NULL;
CREATE INDEX self_review_state_unannounced ON self_review_state (unit_code)
    WHERE decided_grade IS NOT NULL AND announced_version IS DISTINCT FROM version;
