-- The Individual Development Plan's own text, per iteration: the mentee's self-assessment and
-- short- and long-term goals, and the mentors' comments. Its SMART goals are in smart_goals.

CREATE TABLE development_plans (
    relationship_id VARCHAR(36) NOT NULL,
    iteration INT NOT NULL,
    version BIGINT NOT NULL,
    self_assessment VARCHAR(8000),
    short_term_goals VARCHAR(4000),
    long_term_goals VARCHAR(4000),
    mentor_comments VARCHAR(8000),
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_development_plans PRIMARY KEY (relationship_id, iteration),
    CONSTRAINT fk_development_plans_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);
