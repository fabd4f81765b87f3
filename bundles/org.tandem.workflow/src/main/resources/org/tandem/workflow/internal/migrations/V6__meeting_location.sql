-- Where a meeting takes place: a room, or the link of an online meeting (shown in its invitation).
ALTER TABLE meetings ADD COLUMN location VARCHAR(500);
