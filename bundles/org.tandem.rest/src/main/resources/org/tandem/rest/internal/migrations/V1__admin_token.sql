-- The server's admin token, stored only as a SHA-256 hash (the token itself is shown once).

CREATE TABLE tandem_admin_tokens (
    name VARCHAR(32) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_tandem_admin_tokens PRIMARY KEY (name)
);
