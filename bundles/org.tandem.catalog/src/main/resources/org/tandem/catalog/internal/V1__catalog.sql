-- The training catalog: courses (shipped ones have tenant '*', the others belong to an institution),
-- what each program requires or recommends, and who completed what.

CREATE TABLE catalog_courses (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    tenant VARCHAR(255) NOT NULL,
    course_key VARCHAR(100) NOT NULL,
    title VARCHAR(200) NOT NULL,
    provider VARCHAR(200) NOT NULL,
    summary VARCHAR(2000),
    format VARCHAR(32) NOT NULL,
    duration_minutes INTEGER,
    audience VARCHAR(16) NOT NULL,
    competencies VARCHAR(2000),
    language VARCHAR(35),
    cost VARCHAR(100),
    url VARCHAR(2000),
    evidence VARCHAR(500),
    valid_months INTEGER,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_catalog_courses PRIMARY KEY (id),
    CONSTRAINT uq_catalog_courses_key UNIQUE (tenant, course_key)
);

CREATE TABLE catalog_requirements (
    id VARCHAR(36) NOT NULL,
    program_id VARCHAR(36) NOT NULL,
    course_id VARCHAR(36) NOT NULL,
    audience VARCHAR(16) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    verified_only BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_catalog_requirements PRIMARY KEY (id),
    CONSTRAINT uq_catalog_requirements UNIQUE (program_id, course_id, audience),
    CONSTRAINT fk_catalog_requirements_course FOREIGN KEY (course_id) REFERENCES catalog_courses (id) ON DELETE CASCADE
);

CREATE INDEX ix_catalog_requirements_program ON catalog_requirements (program_id);

CREATE TABLE catalog_completions (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    course_id VARCHAR(36) NOT NULL,
    completed_on DATE NOT NULL,
    evidence VARCHAR(2000),
    status VARCHAR(16) NOT NULL,
    recorded_by VARCHAR(36),
    verified_by VARCHAR(36),
    verified_at TIMESTAMP,
    expires_on DATE,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_catalog_completions PRIMARY KEY (id),
    CONSTRAINT fk_catalog_completions_course FOREIGN KEY (course_id) REFERENCES catalog_courses (id) ON DELETE CASCADE
);

CREATE INDEX ix_catalog_completions_person ON catalog_completions (person_id);
