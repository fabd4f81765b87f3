-- Who takes part in which program, and in which capacities (from the platform, or set in Tandem).

CREATE TABLE program_participants (
    program_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    coordinator BOOLEAN NOT NULL,
    mentee BOOLEAN NOT NULL,
    mentor BOOLEAN NOT NULL,
    test_user BOOLEAN NOT NULL,
    active BOOLEAN NOT NULL,
    source VARCHAR(16) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_program_participants PRIMARY KEY (program_id, person_id),
    CONSTRAINT fk_participants_program FOREIGN KEY (program_id) REFERENCES programs (id) ON DELETE CASCADE,
    CONSTRAINT fk_participants_person FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE INDEX ix_participants_person ON program_participants (person_id);
