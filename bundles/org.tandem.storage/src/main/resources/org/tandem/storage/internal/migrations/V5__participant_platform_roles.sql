-- The course roles the platform last sent for a participant, so that a coordinator can place someone
-- whose roles gave them no capacity in Tandem (e.g. a custom LMS role).

ALTER TABLE program_participants ADD COLUMN platform_roles VARCHAR(500);
