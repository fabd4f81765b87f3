-- A deadline's title names an agreement or a course, which may be long.
ALTER TABLE notify_deadlines ALTER COLUMN message_key SET DATA TYPE VARCHAR(500);

-- The participants a program's weekly summary has counted, so the next one can say who is new.
CREATE TABLE notify_known_participants (
    program_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    CONSTRAINT pk_notify_known_participants PRIMARY KEY (program_id, person_id)
);
