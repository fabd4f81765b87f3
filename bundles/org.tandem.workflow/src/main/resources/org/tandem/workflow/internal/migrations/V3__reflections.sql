-- Each member's closing reflection, per iteration.

CREATE TABLE closing_reflections (
    relationship_id VARCHAR(36) NOT NULL,
    iteration INT NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    what_worked VARCHAR(4000),
    what_to_change VARCHAR(4000),
    reflection VARCHAR(4000) NOT NULL,
    would_recommend BOOLEAN,
    written_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_closing_reflections PRIMARY KEY (relationship_id, iteration, person_id),
    CONSTRAINT fk_closing_reflections_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);
