-- One-time links for LTI Dynamic Registration: an admin hands one to a platform admin, who pastes it
-- into the platform; only its SHA-256 is stored.

CREATE TABLE lti_registration_links (
    code_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    platform_id VARCHAR(36),
    CONSTRAINT pk_lti_registration_links PRIMARY KEY (code_hash)
);
