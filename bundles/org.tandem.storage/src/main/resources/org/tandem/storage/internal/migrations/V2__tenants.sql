-- Programs belong to a tenant (an institution's platform registration); existing ones to 'local'.

ALTER TABLE programs ADD COLUMN tenant VARCHAR(255) DEFAULT 'local' NOT NULL;

CREATE INDEX ix_programs_tenant ON programs (tenant);
