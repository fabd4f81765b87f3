-- Notifications: what each person was told (the inbox), the mail waiting for or done with the SMTP
-- server (the outbox), preferences per category, each person's mail-link token and calendar feed,
-- addresses the SMTP server refused for good, and the meetings and deadlines calendars show.

CREATE TABLE notify_items (
    id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    category VARCHAR(32) NOT NULL,
    cause VARCHAR(200) NOT NULL,
    message_key VARCHAR(64) NOT NULL,
    args VARCHAR(4000) NOT NULL,
    link VARCHAR(500),
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    digest VARCHAR(8),
    CONSTRAINT pk_notify_items PRIMARY KEY (id),
    CONSTRAINT uq_notify_items_cause UNIQUE (person_id, cause)
);

CREATE INDEX ix_notify_items_person ON notify_items (person_id, created_at);

CREATE TABLE notify_mail (
    id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36),
    address VARCHAR(320) NOT NULL,
    category VARCHAR(32) NOT NULL,
    subject VARCHAR(500) NOT NULL,
    text_body VARCHAR(32000) NOT NULL,
    html_body VARCHAR(32000) NOT NULL,
    calendar VARCHAR(16000),
    calendar_method VARCHAR(8),
    unsubscribe_url VARCHAR(500),
    status VARCHAR(10) NOT NULL,
    attempts INTEGER NOT NULL,
    next_at TIMESTAMP NOT NULL,
    claimed_by VARCHAR(64),
    claim_until TIMESTAMP,
    sent_at TIMESTAMP,
    last_error VARCHAR(1000),
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_notify_mail PRIMARY KEY (id)
);

CREATE INDEX ix_notify_mail_due ON notify_mail (status, next_at);

CREATE TABLE notify_people (
    person_id VARCHAR(36) NOT NULL,
    mail_token VARCHAR(64) NOT NULL,
    feed_token_hash VARCHAR(64),
    feed_created_at TIMESTAMP,
    CONSTRAINT pk_notify_people PRIMARY KEY (person_id),
    CONSTRAINT uq_notify_people_token UNIQUE (mail_token)
);

CREATE INDEX ix_notify_people_feed ON notify_people (feed_token_hash);

CREATE TABLE notify_preferences (
    person_id VARCHAR(36) NOT NULL,
    category VARCHAR(32) NOT NULL,
    mode VARCHAR(16) NOT NULL,
    CONSTRAINT pk_notify_preferences PRIMARY KEY (person_id, category)
);

CREATE TABLE notify_refused (
    address VARCHAR(320) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    refused_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_notify_refused PRIMARY KEY (address)
);

CREATE TABLE notify_meetings (
    meeting_id VARCHAR(36) NOT NULL,
    relationship_id VARCHAR(36) NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    minutes INTEGER NOT NULL,
    mode VARCHAR(16),
    status VARCHAR(10) NOT NULL,
    sequence INTEGER NOT NULL,
    organizer_id VARCHAR(36) NOT NULL,
    reminded_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_notify_meetings PRIMARY KEY (meeting_id)
);

CREATE INDEX ix_notify_meetings_relationship ON notify_meetings (relationship_id);
CREATE INDEX ix_notify_meetings_due ON notify_meetings (status, starts_at);

CREATE TABLE notify_deadlines (
    person_id VARCHAR(36) NOT NULL,
    cause VARCHAR(200) NOT NULL,
    message_key VARCHAR(64) NOT NULL,
    due_at TIMESTAMP NOT NULL,
    link VARCHAR(500),
    CONSTRAINT pk_notify_deadlines PRIMARY KEY (person_id, cause)
);
