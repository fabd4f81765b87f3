-- Where a meeting takes place (a room or an online link), for its invitations and the calendar feed.
ALTER TABLE notify_meetings ADD COLUMN location VARCHAR(500);
