package org.tandem.lti.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * Scores waiting for a course gradebook. A score is stored before it is sent and marked delivered
 * after, so a platform outage or a restart loses none; a failed delivery waits 1, 2, 4 … minutes
 * (at most a day) and is given up after {@value #MAX_ATTEMPTS} attempts, with its reason kept.
 */
@Component(service = ScoreOutbox.class, property = Feature.PROPERTY + "=lti-advantage",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
public class ScoreOutbox {
    public static final int MAX_ATTEMPTS = 12;
    private static final String COLUMNS = "id, program_id, person_id, tag, label, score_maximum, score_given, attempts,"
            + " delivered_at, outcome";
    private final LtiDatabase db;

    public record Score(String id, String programId, String personId, String tag, String label, double maximum,
            double given, int attempts, boolean delivered, String outcome) {
    }

    @Activate
    public ScoreOutbox(@Reference LtiDatabase db) {
        this.db = db;
    }

    public Score add(String programId, String personId, String tag, String label, double maximum, double given) {
        Score s = new Score(UUID.randomUUID().toString(), programId, personId, tag, label, maximum, given, 0, false,
                null);
        Timestamp now = Sql.now();
        db.inTransaction(c -> Sql.update(c, "INSERT INTO lti_scores (id, program_id, person_id, tag, label,"
                + " score_maximum, score_given, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", s.id(), programId, personId, tag, label, maximum, given, now, 0, now));
        return s;
    }

    /** Scores due for a (first or next) attempt, oldest first. */
    public List<Score> due(int limit) {
        return db.inTransaction(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM lti_scores WHERE delivered_at IS NULL"
                + " AND next_attempt_at <= ? AND attempts < ? ORDER BY next_attempt_at FETCH FIRST " + limit
                + " ROWS ONLY", ScoreOutbox::map, Sql.now(), MAX_ATTEMPTS));
    }

    public List<Score> ofPerson(String personId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM lti_scores WHERE person_id = ?"
                + " ORDER BY created_at", ScoreOutbox::map, personId));
    }

    public void delivered(String id, String outcome) {
        db.inTransaction(c -> Sql.update(c, "UPDATE lti_scores SET delivered_at = ?, outcome = ?, attempts = attempts"
                + " + 1 WHERE id = ?", Sql.now(), cut(outcome), id));
    }

    public void failed(Score s, String reason) {
        Duration pause = Duration.ofMinutes(Math.min(1L << Math.min(s.attempts(), 20), 24 * 60));
        db.inTransaction(c -> Sql.update(c, "UPDATE lti_scores SET attempts = attempts + 1, next_attempt_at = ?,"
                + " outcome = ? WHERE id = ?", Timestamp.from(Instant.now().plus(pause)), cut(reason), s.id()));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    private static Score map(ResultSet rs) throws SQLException {
        return new Score(rs.getString("id"), rs.getString("program_id"), rs.getString("person_id"), rs.getString("tag"),
                rs.getString("label"), rs.getDouble("score_maximum"), rs.getDouble("score_given"),
                rs.getInt("attempts"), rs.getTimestamp("delivered_at") != null, rs.getString("outcome"));
    }
}
