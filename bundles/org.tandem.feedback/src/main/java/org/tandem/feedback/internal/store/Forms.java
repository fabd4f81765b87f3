package org.tandem.feedback.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.internal.FeedbackFeature;
import org.tandem.feedback.internal.form.AnswerJson;
import org.tandem.model.Feature;
import org.tandem.storage.Journal;
import org.tandem.storage.Sql;

/** The forms sent to people, who must answer each (and about whom), and their responses. */
@Component(service = Forms.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class Forms {
    private static final String COLUMNS = "id, program_id, relationship_id, tenant, template_key, template_version,"
            + " opens_at, closes_at, reason";
    private final FeedbackDatabase db;

    /** A form as sent. */
    public record Form(String id, String programId, String relationshipId, String tenant, String templateKey,
            int templateVersion, Instant opensAt, Instant closesAt, String reason) {
        public boolean closed(Instant now) {
            return closesAt != null && closesAt.isBefore(now);
        }
    }

    /** Who must answer a form, about whom (for feedback to a named person), and how often they were reminded. */
    public record Recipient(String formId, String personId, String aboutPersonId, int reminders) {
    }

    /** A person's answers; a draft until submitted. */
    public record Response(String formId, String personId, Map<String, Object> answers, Instant submittedAt) {
        public boolean submitted() {
            return submittedAt != null;
        }
    }

    @Activate
    public Forms(@Reference FeedbackDatabase db) {
        this.db = db;
    }

    /** A form sent, and the event that announces it (journaled with it), to post after the commit. */
    public record Sent(Form form, org.osgi.service.event.Event event) {
    }

    /** Stores the form and its recipients, and journals {@code announce(form)} under {@code topic} with them. */
    public Sent send(Form draft, List<Recipient> recipients, String topic,
            java.util.function.Function<Form, java.util.Map<String, Object>> announce) {
        Form f = new Form(UUID.randomUUID().toString(), draft.programId(), draft.relationshipId(), draft.tenant(),
                draft.templateKey(), draft.templateVersion(), draft.opensAt(), draft.closesAt(), draft.reason());
        return db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO feedback_forms (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    f.id(), f.programId(), f.relationshipId() == null ? new Sql.Null(java.sql.Types.VARCHAR)
                    : f.relationshipId(), f.tenant(), f.templateKey(), f.templateVersion(), Timestamp.from(f.opensAt()),
                    f.closesAt() == null ? new Sql.Null(java.sql.Types.TIMESTAMP) : Timestamp.from(f.closesAt()),
                    f.reason(), Sql.now());
            for (Recipient r : recipients) {
                Sql.update(c, "INSERT INTO feedback_recipients (form_id, person_id, about_person_id, reminders) VALUES"
                        + " (?, ?, ?, ?)", f.id(), r.personId(), r.aboutPersonId(), 0);
            }
            return new Sent(f, Journal.record(c, topic, announce.apply(f)));
        });
    }

    public Optional<Form> find(String id) {
        return db.inTransaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM feedback_forms WHERE id = ?", Forms::map,
                id));
    }

    public List<Form> ofRelationship(String relationshipId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM feedback_forms WHERE relationship_id = ?"
                + " ORDER BY opens_at, id", Forms::map, relationshipId));
    }

    /** The forms a person must answer, newest first. */
    public List<Form> addressedTo(String personId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT f.id, f.program_id, f.relationship_id, f.tenant,"
                + " f.template_key, f.template_version, f.opens_at, f.closes_at, f.reason FROM feedback_forms f JOIN"
                + " feedback_recipients r ON r.form_id = f.id WHERE r.person_id = ? ORDER BY f.opens_at DESC, f.id",
                Forms::map, personId));
    }

    public List<Recipient> recipients(String formId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT form_id, person_id, about_person_id, reminders FROM"
                + " feedback_recipients WHERE form_id = ? ORDER BY person_id", rs -> new Recipient(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getInt(4)), formId));
    }

    public Optional<Response> response(String formId, String personId) {
        return db.inTransaction(c -> Sql.one(c, "SELECT form_id, person_id, answers, submitted_at FROM"
                + " feedback_responses WHERE form_id = ? AND person_id = ?", Forms::response, formId, personId));
    }

    public List<Response> responses(String formId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT form_id, person_id, answers, submitted_at FROM"
                + " feedback_responses WHERE form_id = ? ORDER BY person_id", Forms::response, formId));
    }

    /** Submitted answers to every form of this template (any version) in the program. */
    public List<Response> submitted(String programId, String templateKey) {
        return db.inTransaction(c -> Sql.query(c, "SELECT r.form_id, r.person_id, r.answers, r.submitted_at FROM"
                + " feedback_responses r JOIN feedback_forms f ON f.id = r.form_id WHERE f.program_id = ? AND"
                + " f.template_key = ? AND r.submitted_at IS NOT NULL ORDER BY r.submitted_at", Forms::response,
                programId, templateKey));
    }

    /**
     * Saves a draft or the final answers, replacing what was saved before; a submitted response stays
     * final. A submission is journaled with it ({@code topic}); the event is returned to post after the
     * commit (null for a draft).
     */
    public org.osgi.service.event.Event save(Form f, String personId, Map<String, Object> answers, boolean submit,
            String topic) {
        String json = AnswerJson.write(answers);
        Object submittedAt = submit ? Sql.now() : new Sql.Null(java.sql.Types.TIMESTAMP);
        return db.inTransaction(c -> {
            int n = Sql.update(c, "UPDATE feedback_responses SET answers = ?, submitted_at = ?, updated_at = ? WHERE"
                    + " form_id = ? AND person_id = ? AND submitted_at IS NULL", json, submittedAt, Sql.now(), f.id(),
                    personId);
            if (n == 0 && Sql.count(c, "SELECT COUNT(*) FROM feedback_responses WHERE form_id = ? AND person_id = ?",
                    f.id(), personId) == 0) {
                Sql.update(c, "INSERT INTO feedback_responses (form_id, person_id, answers, submitted_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?)", f.id(), personId, json, submittedAt, Sql.now());
            } else if (n == 0) {
                throw new org.tandem.model.ConflictException("You already submitted this form; a submitted answer"
                        + " cannot change.");
            }
            return submit ? Journal.record(c, topic, Map.of("formId", f.id(), "personId", personId, "programId",
                    f.programId())) : null;
        });
    }

    /** Answers still owed on the program's open forms. */
    public int outstanding(String programId) {
        return db.inTransaction(c -> (int) Sql.count(c, "SELECT COUNT(*) FROM feedback_recipients r JOIN"
                + " feedback_forms f ON f.id = r.form_id WHERE f.program_id = ? AND f.opens_at <= ? AND"
                + " (f.closes_at IS NULL OR f.closes_at > ?) AND NOT EXISTS (SELECT 1 FROM feedback_responses x"
                + " WHERE x.form_id = r.form_id AND x.person_id = r.person_id AND x.submitted_at IS NOT NULL)",
                programId, Sql.now(), Sql.now()));
    }

    /** Recipients of open forms who have not submitted and were not reminded since {@code before}. */
    public List<Recipient> unanswered(Instant openedBefore, Instant remindedBefore) {
        return db.inTransaction(c -> Sql.query(c, "SELECT r.form_id, r.person_id, r.about_person_id, r.reminders FROM"
                + " feedback_recipients r JOIN feedback_forms f ON f.id = r.form_id WHERE f.opens_at <= ? AND"
                + " (f.closes_at IS NULL OR f.closes_at > ?) AND (r.reminded_at IS NULL OR r.reminded_at <= ?) AND"
                + " NOT EXISTS (SELECT 1 FROM feedback_responses x WHERE x.form_id = r.form_id AND x.person_id ="
                + " r.person_id AND x.submitted_at IS NOT NULL)", rs -> new Recipient(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getInt(4)), Timestamp.from(openedBefore), Sql.now(),
                Timestamp.from(remindedBefore)));
    }

    /** Records a reminder; false if another node reminded this person just now. */
    /**
     * Counts a reminder for {@code r} unless another node just did; returns the event that announces it
     * (journaled with it) to post after the commit, or null.
     */
    public org.osgi.service.event.Event reminded(Recipient r, Instant remindedBefore, String topic,
            java.util.function.Supplier<java.util.Map<String, Object>> announce) {
        return db.inTransaction(c -> Sql.update(c, "UPDATE feedback_recipients SET reminders = reminders + 1,"
                + " reminded_at = ? WHERE form_id = ? AND person_id = ? AND (reminded_at IS NULL OR reminded_at <= ?)",
                Sql.now(), r.formId(), r.personId(), Timestamp.from(remindedBefore)) == 1
                        ? Journal.record(c, topic, announce.get()) : null);
    }

    private static Form map(ResultSet rs) throws SQLException {
        Timestamp closes = rs.getTimestamp("closes_at");
        return new Form(rs.getString("id"), rs.getString("program_id"), rs.getString("relationship_id"),
                rs.getString("tenant"), rs.getString("template_key"), rs.getInt("template_version"),
                rs.getTimestamp("opens_at").toInstant(), closes == null ? null : closes.toInstant(), rs.getString("reason"));
    }

    private static Response response(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(4);
        return new Response(rs.getString(1), rs.getString(2), AnswerJson.read(rs.getString(3)),
                at == null ? null : at.toInstant());
    }
}
