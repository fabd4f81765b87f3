-- The platform's URL of a person's picture (LTI 'picture' claim, NRPS 'picture'), when it sends one.

ALTER TABLE people ADD COLUMN picture_url VARCHAR(2000);
