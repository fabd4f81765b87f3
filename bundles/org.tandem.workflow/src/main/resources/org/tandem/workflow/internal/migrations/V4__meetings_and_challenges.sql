-- Meetings (planned and held; the mid-point review is a kind of meeting), private notes that only
-- their author reads, and challenges raised and resolved.

CREATE TABLE meetings (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    relationship_id VARCHAR(36) NOT NULL,
    iteration INT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    minutes INT NOT NULL,
    meeting_mode VARCHAR(16),
    agenda VARCHAR(4000),
    status VARCHAR(16) NOT NULL,
    shared_notes VARCHAR(8000),
    next_steps VARCHAR(4000),
    organizer_id VARCHAR(36) NOT NULL,
    logged_by_id VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_meetings PRIMARY KEY (id),
    CONSTRAINT fk_meetings_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);

CREATE INDEX ix_meetings_rel ON meetings (relationship_id, starts_at);

CREATE TABLE meeting_private_notes (
    meeting_id VARCHAR(36) NOT NULL,
    author_id VARCHAR(36) NOT NULL,
    note VARCHAR(8000) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_meeting_private_notes PRIMARY KEY (meeting_id, author_id),
    CONSTRAINT fk_private_notes_meeting FOREIGN KEY (meeting_id) REFERENCES meetings (id) ON DELETE CASCADE
);

CREATE TABLE challenges (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    relationship_id VARCHAR(36) NOT NULL,
    iteration INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    raised_by VARCHAR(36) NOT NULL,
    raised_at TIMESTAMP NOT NULL,
    resolution VARCHAR(4000),
    resolved_by VARCHAR(36),
    resolved_at TIMESTAMP,
    CONSTRAINT pk_challenges PRIMARY KEY (id),
    CONSTRAINT fk_challenges_rel FOREIGN KEY (relationship_id) REFERENCES relationships (id) ON DELETE CASCADE
);
