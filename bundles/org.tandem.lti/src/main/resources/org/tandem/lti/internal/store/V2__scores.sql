-- Scores for the course gradebook (LTI AGS), kept until the platform has taken them, so a platform
-- that is down for a while loses nothing: delivery is retried with growing pauses.

CREATE TABLE lti_scores (
    id VARCHAR(36) NOT NULL,
    program_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    tag VARCHAR(64) NOT NULL,
    label VARCHAR(200) NOT NULL,
    score_maximum DOUBLE PRECISION NOT NULL,
    score_given DOUBLE PRECISION NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    delivered_at TIMESTAMP,
    outcome VARCHAR(500),
    CONSTRAINT pk_lti_scores PRIMARY KEY (id)
);

CREATE INDEX ix_lti_scores_due ON lti_scores (delivered_at, next_attempt_at);
