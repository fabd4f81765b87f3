-- a test module's first migration
CREATE TABLE test_notes (
    id INT NOT NULL,
    body VARCHAR(100),
    CONSTRAINT pk_test_notes PRIMARY KEY (id)
);
INSERT INTO test_notes (id, body) VALUES (1, 'first; with a semicolon inside');
