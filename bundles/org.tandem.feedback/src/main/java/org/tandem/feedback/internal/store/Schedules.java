package org.tandem.feedback.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.internal.FeedbackFeature;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.storage.Sql;

/**
 * When a program sends which form: on a workflow event (the match, a phase change, a logged meeting,
 * the closing), after a delay, repeated every so many days, to the mentee, the mentors or everyone.
 * What is due later waits in {@code feedback_due}, so a restart or another node loses nothing.
 */
@Component(service = Schedules.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class Schedules {
    private static final String COLUMNS = "id, program_id, template_key, trigger_event, trigger_phase, delay_days,"
            + " repeat_days, answer_within_days, recipients";
    private final FeedbackDatabase db;

    /** The workflow moments a schedule starts from. MATCHED: the relationship enters Negotiating. */
    public enum Trigger { MATCHED, PHASE_CHANGE, MEETING_HELD, CLOSING }

    /** Who answers. */
    public enum Recipients { MENTEE, MENTORS, ALL }

    public record Schedule(String id, String programId, String templateKey, Trigger trigger, String phase,
            int delayDays, int repeatDays, int answerWithinDays, Recipients recipients) {
    }

    /** A form a schedule will send to a relationship at {@code dueAt}. */
    public record Due(String scheduleId, String relationshipId, Instant dueAt) {
    }

    @Activate
    public Schedules(@Reference FeedbackDatabase db) {
        this.db = db;
    }

    public Schedule add(Schedule s) {
        Schedule stored = new Schedule(UUID.randomUUID().toString(), s.programId(), s.templateKey(), s.trigger(),
                s.phase(), s.delayDays(), s.repeatDays(), s.answerWithinDays(), s.recipients());
        db.inTransaction(c -> Sql.update(c, "INSERT INTO feedback_schedules (" + COLUMNS + ", created_at) VALUES (?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?)", stored.id(), s.programId(), s.templateKey(), s.trigger().name(),
                s.phase(), s.delayDays(), s.repeatDays(), s.answerWithinDays(), s.recipients().name(), Sql.now()));
        return stored;
    }

    public List<Schedule> ofProgram(String programId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM feedback_schedules WHERE program_id = ?"
                + " ORDER BY created_at, id", Schedules::map, programId));
    }

    public void remove(String programId, String id) {
        if (db.inTransaction(c -> Sql.update(c, "DELETE FROM feedback_schedules WHERE program_id = ? AND id = ?",
                programId, id)) == 0) {
            throw new NotFoundException("feedback schedule", id);
        }
    }

    public java.util.Optional<Schedule> find(String id) {
        return db.inTransaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM feedback_schedules WHERE id = ?",
                Schedules::map, id));
    }

    /** Remembers (or moves) the next sending of a schedule to a relationship. */
    public void due(String scheduleId, String relationshipId, Instant at) {
        db.inTransaction(c -> {
            int n = Sql.update(c, "UPDATE feedback_due SET due_at = ? WHERE schedule_id = ? AND relationship_id = ?",
                    Timestamp.from(at), scheduleId, relationshipId);
            return n > 0 ? n : Sql.update(c, "INSERT INTO feedback_due (schedule_id, relationship_id, due_at) VALUES"
                    + " (?, ?, ?)", scheduleId, relationshipId, Timestamp.from(at));
        });
    }

    public List<Due> dueBy(Instant now) {
        return db.inTransaction(c -> Sql.query(c, "SELECT schedule_id, relationship_id, due_at FROM feedback_due WHERE"
                + " due_at <= ? ORDER BY due_at", rs -> new Due(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant()), Timestamp.from(now)));
    }

    /** Takes a due sending; false if another node took it first. */
    public boolean take(Due d) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM feedback_due WHERE schedule_id = ? AND relationship_id ="
                + " ? AND due_at = ?", d.scheduleId(), d.relationshipId(), Timestamp.from(d.dueAt()))) == 1;
    }

    private static Schedule map(ResultSet rs) throws SQLException {
        return new Schedule(rs.getString("id"), rs.getString("program_id"), rs.getString("template_key"),
                Trigger.valueOf(rs.getString("trigger_event")), rs.getString("trigger_phase"), rs.getInt("delay_days"),
                rs.getInt("repeat_days"), rs.getInt("answer_within_days"), Recipients.valueOf(rs.getString("recipients")));
    }
}
