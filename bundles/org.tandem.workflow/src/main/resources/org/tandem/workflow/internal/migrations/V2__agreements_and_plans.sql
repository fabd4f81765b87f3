-- Mentoring agreements (each revision kept, signatures per revision) and the SMART goals of the
-- development plan, per iteration of a relationship. Portable SQL for Derby and PostgreSQL.

CREATE TABLE agreement_revisions (
    relationship_id VARCHAR(36) NOT NULL,
    iteration INT NOT NULL,
    revision INT NOT NULL,
    purpose VARCHAR(4000),
    goals VARCHAR(4000),
    roles_text VARCHAR(4000),
    meeting_every_days INT,
    meeting_minutes INT,
    meeting_mode VARCHAR(16),
    response_hours INT,
    starts_on DATE,
    ends_on DATE,
    midpoint_review_on DATE,
    confidentiality VARCHAR(4000),
    confidentiality_exceptions VARCHAR(4000),
    boundaries VARCHAR(4000),
    feedback_norms VARCHAR(4000),
    problem_resolution VARCHAR(4000),
    author_id VARCHAR(36) NOT NULL,
    change_note VARCHAR(4000),
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_agreement_revisions PRIMARY KEY (relationship_id, iteration, revision),
    CONSTRAINT fk_agreement_revisions_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);

CREATE TABLE agreement_signatures (
    relationship_id VARCHAR(36) NOT NULL,
    iteration INT NOT NULL,
    revision INT NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    signed_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_agreement_signatures PRIMARY KEY (relationship_id, iteration, revision, person_id),
    CONSTRAINT fk_agreement_signatures_rev FOREIGN KEY (relationship_id, iteration, revision)
        REFERENCES agreement_revisions (relationship_id, iteration, revision) ON DELETE CASCADE
);

CREATE TABLE smart_goals (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    relationship_id VARCHAR(36) NOT NULL,
    iteration INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    measure VARCHAR(4000) NOT NULL,
    actions VARCHAR(4000),
    resources VARCHAR(4000),
    relevance VARCHAR(4000),
    owner_id VARCHAR(36) NOT NULL,
    due_on DATE NOT NULL,
    progress INT NOT NULL,
    status VARCHAR(20) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_smart_goals PRIMARY KEY (id),
    CONSTRAINT fk_smart_goals_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);

CREATE INDEX ix_smart_goals_rel ON smart_goals (relationship_id, iteration);
