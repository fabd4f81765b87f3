-- Who read a person's data: every read by someone other than the person or their partners (a
-- coordinator's view, the admin API, an export). Kept as the privacy register says.
CREATE TABLE privacy_access_log (
    id VARCHAR(36) NOT NULL,
    read_at TIMESTAMP NOT NULL,
    actor_id VARCHAR(36),
    actor_kind VARCHAR(16) NOT NULL,
    tenant VARCHAR(255),
    subject_id VARCHAR(36) NOT NULL,
    what VARCHAR(400) NOT NULL,
    CONSTRAINT pk_privacy_access_log PRIMARY KEY (id)
);
CREATE INDEX ix_privacy_access_subject ON privacy_access_log (subject_id, read_at);
