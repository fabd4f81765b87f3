-- The LTI bundle's tables: platform registry, logins (state and nonce), launch sessions, tool keys,
-- and courses mapped to programs.

CREATE TABLE lti_platforms (
    id VARCHAR(36) NOT NULL,
    version BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    issuer VARCHAR(255) NOT NULL,
    client_id VARCHAR(255) NOT NULL,
    tenant VARCHAR(255) NOT NULL,
    auth_login_url VARCHAR(2000) NOT NULL,
    token_url VARCHAR(2000),
    jwks_url VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_lti_platforms PRIMARY KEY (id),
    CONSTRAINT uq_lti_platforms_key UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployments (
    platform_id VARCHAR(36) NOT NULL,
    deployment_id VARCHAR(255) NOT NULL,
    CONSTRAINT pk_lti_deployments PRIMARY KEY (platform_id, deployment_id),
    CONSTRAINT fk_lti_deployments_platform FOREIGN KEY (platform_id) REFERENCES lti_platforms (id) ON DELETE CASCADE
);

CREATE TABLE lti_logins (
    state VARCHAR(64) NOT NULL,
    nonce VARCHAR(64) NOT NULL,
    platform_id VARCHAR(36) NOT NULL,
    deployment_hint VARCHAR(255),
    relaunch_query VARCHAR(4000) NOT NULL,
    storage_target VARCHAR(100),
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    CONSTRAINT pk_lti_logins PRIMARY KEY (state),
    CONSTRAINT uq_lti_logins_nonce UNIQUE (nonce)
);

CREATE INDEX ix_lti_logins_created ON lti_logins (created_at);

CREATE TABLE lti_sessions (
    token_hash VARCHAR(64) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    platform_id VARCHAR(36) NOT NULL,
    tenant VARCHAR(255) NOT NULL,
    tenant_admin BOOLEAN NOT NULL,
    program_id VARCHAR(36),
    tool_roles VARCHAR(200) NOT NULL,
    deployment_id VARCHAR(255) NOT NULL,
    deep_link_return_url VARCHAR(2000),
    deep_link_data VARCHAR(4000),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_lti_sessions PRIMARY KEY (token_hash)
);

CREATE INDEX ix_lti_sessions_expires ON lti_sessions (expires_at);

CREATE TABLE lti_contexts (
    platform_id VARCHAR(36) NOT NULL,
    context_id VARCHAR(255) NOT NULL,
    program_id VARCHAR(36) NOT NULL,
    memberships_url VARCHAR(2000),
    line_items_url VARCHAR(2000),
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_lti_contexts PRIMARY KEY (platform_id, context_id),
    CONSTRAINT fk_lti_contexts_platform FOREIGN KEY (platform_id) REFERENCES lti_platforms (id) ON DELETE CASCADE
);

CREATE INDEX ix_lti_contexts_program ON lti_contexts (program_id);

CREATE TABLE lti_tool_keys (
    kid VARCHAR(64) NOT NULL,
    private_jwk VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    retired_at TIMESTAMP,
    CONSTRAINT pk_lti_tool_keys PRIMARY KEY (kid)
);
