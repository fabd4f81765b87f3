-- When a platform last launched Tandem successfully (to the minute), for the admin's list of platforms.
ALTER TABLE lti_platforms ADD COLUMN last_launch_at TIMESTAMP;
