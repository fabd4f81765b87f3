-- The event journal: each event a feature announces is written here in the transaction of the change
-- it announces, so that a consumer that must not miss one (notifications) can catch up on what a crash
-- between the commit and the event's delivery left unhandled. Consumers record what they handled.

CREATE TABLE journal (
    id VARCHAR(36) NOT NULL,
    topic VARCHAR(200) NOT NULL,
    properties VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_journal PRIMARY KEY (id)
);

CREATE INDEX ix_journal_created ON journal (created_at);

CREATE TABLE journal_consumers (
    consumer VARCHAR(100) NOT NULL,
    since TIMESTAMP NOT NULL,
    paused_at TIMESTAMP,
    skip_from TIMESTAMP,
    skip_to TIMESTAMP,
    CONSTRAINT pk_journal_consumers PRIMARY KEY (consumer)
);

CREATE TABLE journal_handled (
    consumer VARCHAR(100) NOT NULL,
    id VARCHAR(36) NOT NULL,
    handled_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_journal_handled PRIMARY KEY (consumer, id)
);
