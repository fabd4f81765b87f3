-- Right to erasure: who erased whom and when (never the erased data), one row per person, so a second
-- erasure is a no-op that answers with the first one's record.
CREATE TABLE privacy_erasures (
    person_id VARCHAR(36) NOT NULL,
    erased_at TIMESTAMP NOT NULL,
    actor_id VARCHAR(36),
    actor_kind VARCHAR(16) NOT NULL,
    tenant VARCHAR(255),
    rows_changed INTEGER NOT NULL,
    CONSTRAINT pk_privacy_erasures PRIMARY KEY (person_id)
);

-- A program's retention, where it differs from the server's defaults.
CREATE TABLE privacy_retention (
    program_id VARCHAR(36) NOT NULL,
    anonymise_after_months INTEGER,
    launch_record_days INTEGER,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_privacy_retention PRIMARY KEY (program_id)
);

-- Closed relationships the retention job anonymised; the row is written first, so of two nodes one does it.
CREATE TABLE privacy_anonymised (
    relationship_id VARCHAR(36) NOT NULL,
    anonymised_at TIMESTAMP NOT NULL,
    rows_changed INTEGER NOT NULL,
    CONSTRAINT pk_privacy_anonymised PRIMARY KEY (relationship_id)
);
