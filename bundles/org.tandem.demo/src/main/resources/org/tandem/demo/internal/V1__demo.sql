-- Try-it mode: which generation of the sample data is current (a reset starts the next one) and
-- whether it has been filled in.
CREATE TABLE demo_state (
    id INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    seeded_at TIMESTAMP,
    CONSTRAINT pk_demo_state PRIMARY KEY (id)
);
