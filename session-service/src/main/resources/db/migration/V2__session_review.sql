-- The superior committee's decision on a submitted session.
ALTER TABLE review_session ADD COLUMN review_note varchar(2000);
ALTER TABLE review_session ADD COLUMN reviewed_by varchar(255);
ALTER TABLE review_session ADD COLUMN reviewed_at timestamptz;
