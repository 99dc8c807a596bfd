-- QĐ 366-QĐ/TW grades per term, year, quarter or when needed: a classification is for a period, named by its code
-- (2026, 2026-Q3, 2020-2025, or an occasion's code). Yearly classifications become year periods.
ALTER TABLE unit_classification DROP CONSTRAINT unit_classification_pkey;
ALTER TABLE unit_classification ALTER COLUMN year TYPE varchar(64) USING year::text;
ALTER TABLE unit_classification RENAME COLUMN year TO period;
ALTER TABLE unit_classification ADD PRIMARY KEY (unit_code, period);

-- An occasion a committee declares ("khi cần thiết"): its code, title and days; never changed once declared.
CREATE TABLE grading_occasion (
    code              varchar(64)  PRIMARY KEY,
    title             varchar(500) NOT NULL,
    issuing_unit_code varchar(64)  NOT NULL,
    first_day         date         NOT NULL,
    last_day          date         NOT NULL,
    CHECK (first_day <= last_day)
);

-- The period a campaign's grades are for (its members' self-reviews; the units' classifications its roll-up counts):
-- the year of its deadline unless the issuer names another.
ALTER TABLE campaign ADD COLUMN grading_period varchar(64);
UPDATE campaign SET grading_period = extract(year FROM deadline)::int::text;
ALTER TABLE campaign ALTER COLUMN grading_period SET NOT NULL;
