package org.tandem.workflow.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tandem.storage.Sql;
import org.tandem.workflow.api.AgreementContent;
import org.tandem.workflow.api.AgreementRevision;
import org.tandem.workflow.api.MeetingMode;

/** Agreement revisions and signatures, inside the caller's transaction. */
final class AgreementStore {
    private AgreementStore() {
    }

    static int latest(Connection c, String relationshipId, int iteration) throws SQLException {
        return (int) Sql.count(c, "SELECT COALESCE(MAX(revision), 0) FROM agreement_revisions"
                + " WHERE relationship_id = ? AND iteration = ?", relationshipId, iteration);
    }

    static void insert(Connection c, String relationshipId, int iteration, int revision, AgreementContent a,
            String authorId, String note) throws SQLException {
        Sql.update(c, "INSERT INTO agreement_revisions (relationship_id, iteration, revision, purpose, goals,"
                + " roles_text, meeting_every_days, meeting_minutes, meeting_mode, response_hours, starts_on, ends_on,"
                + " midpoint_review_on, confidentiality, confidentiality_exceptions, boundaries, feedback_norms,"
                + " problem_resolution, author_id, change_note, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", relationshipId, iteration,
                revision, a.purpose(), a.goals(), a.roles(), Sql.integer(a.meetingEveryDays()),
                Sql.integer(a.meetingMinutes()), Sql.text(a.meetingMode()), Sql.integer(a.responseHours()),
                Sql.date(a.startsOn()), Sql.date(a.endsOn()), Sql.date(a.midpointReviewOn()), a.confidentiality(),
                a.confidentialityExceptions(), a.boundaries(), a.feedbackNorms(), a.problemResolution(), authorId,
                note, Sql.now());
    }

    static void sign(Connection c, String relationshipId, int iteration, int revision, String personId)
            throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM agreement_signatures WHERE relationship_id = ? AND iteration = ?"
                + " AND revision = ? AND person_id = ?", relationshipId, iteration, revision, personId) == 0) {
            Sql.update(c, "INSERT INTO agreement_signatures (relationship_id, iteration, revision, person_id, signed_at)"
                    + " VALUES (?, ?, ?, ?, ?)", relationshipId, iteration, revision, personId, Sql.now());
        }
    }

    static Optional<AgreementRevision> current(Connection c, String relationshipId, int iteration)
            throws SQLException {
        int latest = latest(c, relationshipId, iteration);
        List<AgreementRevision> found = revisions(c, " AND iteration = ? AND revision = ?", relationshipId, iteration,
                latest);
        return found.stream().findFirst();
    }

    static List<AgreementRevision> all(Connection c, String relationshipId) throws SQLException {
        return revisions(c, "", relationshipId);
    }

    private static List<AgreementRevision> revisions(Connection c, String where, Object... params)
            throws SQLException {
        List<AgreementRevision> rows = Sql.query(c, "SELECT * FROM agreement_revisions WHERE relationship_id = ?"
                + where + " ORDER BY iteration, revision", AgreementStore::map, params);
        List<AgreementRevision> out = new ArrayList<>();
        for (AgreementRevision r : rows) {
            out.add(new AgreementRevision(r.iteration(), r.revision(), r.content(), r.authorId(), r.changeNote(),
                    r.createdAt(), new HashSet<>(Sql.query(c, "SELECT person_id FROM agreement_signatures WHERE"
                            + " relationship_id = ? AND iteration = ? AND revision = ?", rs -> rs.getString(1),
                            params[0], r.iteration(), r.revision()))));
        }
        return out;
    }

    private static AgreementRevision map(ResultSet rs) throws SQLException {
        AgreementContent a = new AgreementContent(rs.getString("purpose"), rs.getString("goals"),
                rs.getString("roles_text"), Sql.integer(rs, "meeting_every_days"), Sql.integer(rs, "meeting_minutes"),
                Sql.enumOf(MeetingMode.class, rs.getString("meeting_mode")), Sql.integer(rs, "response_hours"),
                Sql.date(rs, "starts_on"), Sql.date(rs, "ends_on"), Sql.date(rs, "midpoint_review_on"),
                rs.getString("confidentiality"), rs.getString("confidentiality_exceptions"), rs.getString("boundaries"),
                rs.getString("feedback_norms"), rs.getString("problem_resolution"));
        return new AgreementRevision(rs.getInt("iteration"), rs.getInt("revision"), a, rs.getString("author_id"),
                rs.getString("change_note"), rs.getTimestamp("created_at").toInstant(), Set.of());
    }
}
