-- Members of the superior committee or its working group who attended the session.
ALTER TABLE review_session ADD COLUMN delegates varchar(255)[] NOT NULL DEFAULT '{}';
