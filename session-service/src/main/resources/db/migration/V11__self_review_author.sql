-- Whether the member wrote the self-review's text themselves: then only the member rewrites it (the cell may enter
-- a review on paper for a member, and propose a grade, but never change a member's own words). Reviews written before
-- this column came are taken as entered by the cell.
ALTER TABLE self_review ADD COLUMN written_by_member boolean NOT NULL DEFAULT false;
