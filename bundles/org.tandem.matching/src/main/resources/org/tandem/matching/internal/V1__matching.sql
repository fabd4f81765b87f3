-- Matching: each program's weights and rules, what people add for matching (department, languages,
-- kinds of mentoring, conflicts of interest, preferences), pairs declined, admin-led runs with their
-- proposals, and self-match requests.

CREATE TABLE matching_settings (
    program_id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    weights VARCHAR(1000) NOT NULL,
    other_department_only BOOLEAN NOT NULL,
    answer_within_days INTEGER NOT NULL,
    candidates_per_slot INTEGER NOT NULL,
    fairness BOOLEAN NOT NULL,
    default_capacity INTEGER NOT NULL,
    CONSTRAINT pk_matching_settings PRIMARY KEY (program_id)
);

CREATE TABLE matching_profiles (
    program_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    department VARCHAR(200),
    languages VARCHAR(500),
    roles_needed VARCHAR(200),
    roles_offered VARCHAR(200),
    conflicts VARCHAR(4000),
    preferred VARCHAR(4000),
    CONSTRAINT pk_matching_profiles PRIMARY KEY (program_id, person_id)
);

CREATE TABLE matching_declined (
    program_id VARCHAR(36) NOT NULL,
    mentee_id VARCHAR(36) NOT NULL,
    mentor_id VARCHAR(36) NOT NULL,
    declined_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_matching_declined PRIMARY KEY (program_id, mentee_id, mentor_id)
);

CREATE TABLE matching_runs (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    program_id VARCHAR(36) NOT NULL,
    status VARCHAR(16) NOT NULL,
    objective VARCHAR(16) NOT NULL,
    certified BOOLEAN NOT NULL,
    created_by VARCHAR(36),
    created_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    CONSTRAINT pk_matching_runs PRIMARY KEY (id)
);
CREATE INDEX ix_matching_runs_program ON matching_runs (program_id, created_at);

CREATE TABLE matching_proposals (
    run_id VARCHAR(36) NOT NULL,
    slot INTEGER NOT NULL,
    mentee_id VARCHAR(36) NOT NULL,
    mentor_role VARCHAR(16) NOT NULL,
    mentor_id VARCHAR(36),
    score INTEGER NOT NULL,
    breakdown VARCHAR(4000),
    edited BOOLEAN NOT NULL,
    relationship_id VARCHAR(36),
    CONSTRAINT pk_matching_proposals PRIMARY KEY (run_id, slot)
);

CREATE TABLE matching_requests (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    program_id VARCHAR(36) NOT NULL,
    mentee_id VARCHAR(36) NOT NULL,
    mentor_id VARCHAR(36) NOT NULL,
    mentor_role VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    score INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    due_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP,
    relationship_id VARCHAR(36),
    forwarded_from VARCHAR(36),
    CONSTRAINT pk_matching_requests PRIMARY KEY (id)
);
CREATE INDEX ix_matching_requests_due ON matching_requests (status, due_at);
CREATE INDEX ix_matching_requests_mentor ON matching_requests (mentor_id, status);
CREATE INDEX ix_matching_requests_mentee ON matching_requests (mentee_id, status);
