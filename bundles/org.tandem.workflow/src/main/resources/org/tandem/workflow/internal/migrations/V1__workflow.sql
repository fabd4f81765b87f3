-- The workflow's tables: each relationship's phase, its transition history, the members'
-- preparation forms and the mentors' acceptance. Portable SQL for Derby and PostgreSQL.

CREATE TABLE workflow_states (
    relationship_id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    phase VARCHAR(16) NOT NULL,
    iteration INT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_workflow_states PRIMARY KEY (relationship_id),
    CONSTRAINT fk_workflow_states_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);

CREATE TABLE workflow_transitions (
    relationship_id VARCHAR(36) NOT NULL,
    seq INT NOT NULL,
    iteration INT NOT NULL,
    from_phase VARCHAR(16) NOT NULL,
    to_phase VARCHAR(16) NOT NULL,
    actor_id VARCHAR(36) NOT NULL,
    by_admin BOOLEAN NOT NULL,
    reason VARCHAR(4000),
    occurred_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_workflow_transitions PRIMARY KEY (relationship_id, seq),
    CONSTRAINT fk_workflow_transitions_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);

CREATE TABLE preparation_forms (
    relationship_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    values_text VARCHAR(4000),
    work_style VARCHAR(4000),
    short_term_goals VARCHAR(4000),
    long_term_goals VARCHAR(4000),
    development_needs VARCHAR(4000),
    objectives VARCHAR(4000),
    offers VARCHAR(4000),
    capacity INT,
    preferred_style VARCHAR(4000),
    fit_rating INT,
    fit_notes VARCHAR(4000),
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_preparation_forms PRIMARY KEY (relationship_id, person_id),
    CONSTRAINT fk_preparation_forms_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);

CREATE TABLE mentor_acceptances (
    relationship_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    accepted_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_mentor_acceptances PRIMARY KEY (relationship_id, person_id),
    CONSTRAINT fk_mentor_acceptances_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);
