-- Whether a shortcoming comes back after one of the unit's in the same area in an earlier review (session-service's
-- recurringOfId): counted among the recurring ones at its unit and every unit above, by area.
ALTER TABLE shortcoming_state ADD COLUMN recurring boolean NOT NULL DEFAULT false;
