-- When the person was told that a completion lapses soon (once per completion, by one node).
ALTER TABLE catalog_completions ADD COLUMN expiry_told_at TIMESTAMP;
