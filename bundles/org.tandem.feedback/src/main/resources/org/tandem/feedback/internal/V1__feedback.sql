-- Feedback forms: templates as data (JSON; shipped ones have tenant '*'), the forms sent to people,
-- their responses (a draft until submitted), the program schedules that send them, and what waits.

CREATE TABLE feedback_templates (
    tenant VARCHAR(255) NOT NULL,
    template_key VARCHAR(64) NOT NULL,
    version INTEGER NOT NULL,
    body VARCHAR(32000) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_feedback_templates PRIMARY KEY (tenant, template_key, version)
);

CREATE TABLE feedback_forms (
    id VARCHAR(36) NOT NULL,
    program_id VARCHAR(36) NOT NULL,
    relationship_id VARCHAR(36),
    tenant VARCHAR(255) NOT NULL,
    template_key VARCHAR(64) NOT NULL,
    template_version INTEGER NOT NULL,
    opens_at TIMESTAMP NOT NULL,
    closes_at TIMESTAMP,
    reason VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_feedback_forms PRIMARY KEY (id)
);

CREATE INDEX ix_feedback_forms_program ON feedback_forms (program_id);
CREATE INDEX ix_feedback_forms_relationship ON feedback_forms (relationship_id);

CREATE TABLE feedback_recipients (
    form_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    about_person_id VARCHAR(36),
    reminders INTEGER NOT NULL,
    reminded_at TIMESTAMP,
    CONSTRAINT pk_feedback_recipients PRIMARY KEY (form_id, person_id),
    CONSTRAINT fk_feedback_recipients_form FOREIGN KEY (form_id) REFERENCES feedback_forms (id) ON DELETE CASCADE
);

CREATE INDEX ix_feedback_recipients_person ON feedback_recipients (person_id);

CREATE TABLE feedback_responses (
    form_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    answers VARCHAR(32000) NOT NULL,
    submitted_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_feedback_responses PRIMARY KEY (form_id, person_id),
    CONSTRAINT fk_feedback_responses_form FOREIGN KEY (form_id) REFERENCES feedback_forms (id) ON DELETE CASCADE
);

CREATE TABLE feedback_schedules (
    id VARCHAR(36) NOT NULL,
    program_id VARCHAR(36) NOT NULL,
    template_key VARCHAR(64) NOT NULL,
    trigger_event VARCHAR(32) NOT NULL,
    trigger_phase VARCHAR(16),
    delay_days INTEGER NOT NULL,
    repeat_days INTEGER NOT NULL,
    answer_within_days INTEGER NOT NULL,
    recipients VARCHAR(16) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_feedback_schedules PRIMARY KEY (id)
);

CREATE INDEX ix_feedback_schedules_program ON feedback_schedules (program_id);

CREATE TABLE feedback_due (
    schedule_id VARCHAR(36) NOT NULL,
    relationship_id VARCHAR(36) NOT NULL,
    due_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_feedback_due PRIMARY KEY (schedule_id, relationship_id),
    CONSTRAINT fk_feedback_due_schedule FOREIGN KEY (schedule_id) REFERENCES feedback_schedules (id) ON DELETE CASCADE
);
