-- The core schema. Portable SQL: it runs unchanged on Apache Derby and PostgreSQL.
-- Never edit a migration that has shipped (its checksum is checked at every start); add a new one.

CREATE TABLE programs (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    model VARCHAR(20) NOT NULL,
    formal BOOLEAN NOT NULL,
    starts_on DATE,
    ends_on DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_programs PRIMARY KEY (id)
);

CREATE TABLE people (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    issuer VARCHAR(255) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email VARCHAR(254),
    locale VARCHAR(35),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_people PRIMARY KEY (id),
    CONSTRAINT uq_people_identity UNIQUE (issuer, subject)
);

CREATE TABLE profiles (
    person_id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    career_stage VARCHAR(32),
    short_term_goals VARCHAR(4000),
    long_term_goals VARCHAR(4000),
    work_style VARCHAR(4000),
    mentor_capacity INT,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_profiles PRIMARY KEY (person_id),
    CONSTRAINT fk_profiles_person FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE CASCADE
);

CREATE TABLE profile_entries (
    person_id VARCHAR(36) NOT NULL,
    field VARCHAR(32) NOT NULL,
    ord INT NOT NULL,
    entry VARCHAR(200) NOT NULL,
    CONSTRAINT pk_profile_entries PRIMARY KEY (person_id, field, ord),
    CONSTRAINT fk_profile_entries_profile FOREIGN KEY (person_id) REFERENCES profiles (person_id) ON DELETE CASCADE
);

CREATE TABLE relationships (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    program_id VARCHAR(36) NOT NULL,
    title VARCHAR(200),
    starts_on DATE,
    ends_on DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_relationships PRIMARY KEY (id),
    CONSTRAINT fk_relationships_program FOREIGN KEY (program_id) REFERENCES programs (id)
);

CREATE INDEX ix_relationships_program ON relationships (program_id);

CREATE TABLE relationship_members (
    relationship_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    member_role VARCHAR(16) NOT NULL,
    mentor_role VARCHAR(16),
    ord INT NOT NULL,
    CONSTRAINT pk_relationship_members PRIMARY KEY (relationship_id, person_id),
    CONSTRAINT fk_members_relationship FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE,
    CONSTRAINT fk_members_person FOREIGN KEY (person_id) REFERENCES people (id)
);

CREATE INDEX ix_members_person ON relationship_members (person_id);
