-- Classifications are for a grading period (2026, 2026-Q3, 2020-2025 or an occasion's code): yearly ones become year
-- periods. A campaign's roll-up counts those of its grading period (null before periods: its deadline's year).
ALTER TABLE classification_state DROP CONSTRAINT classification_state_pkey;
ALTER TABLE classification_state ALTER COLUMN year TYPE varchar(64) USING year::text;
ALTER TABLE classification_state RENAME COLUMN year TO period;
ALTER TABLE classification_state ADD PRIMARY KEY (unit_code, period);

ALTER TABLE campaign_info ADD COLUMN grading_period varchar(64);

-- The members' decided grades are counted in the roll-up (at their cell and every unit above it).
ALTER TABLE self_review_state ADD COLUMN decided_grade varchar(20);
