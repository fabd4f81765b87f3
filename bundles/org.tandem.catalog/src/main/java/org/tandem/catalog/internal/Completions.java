package org.tandem.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.osgi.service.event.Event;
import org.tandem.storage.Journal;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

/** Who completed which course, when, on what evidence, and whether someone verified it. */
@Component(service = Completions.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class Completions {
    private static final String COLUMNS = "id, version, person_id, course_id, completed_on, evidence, status,"
            + " recorded_by, verified_by, expires_on";
    private final CatalogDatabase db;

    @Activate
    public Completions(@Reference CatalogDatabase db) {
        this.db = db;
    }

    public List<Completion> ofPerson(String personId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM catalog_completions WHERE person_id = ?"
                + " ORDER BY completed_on DESC, id", Completions::map, personId));
    }

    public Optional<Completion> find(String id) {
        return db.inTransaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM catalog_completions WHERE id = ?",
                Completions::map, id));
    }

    /** Records a completion; it expires {@code validMonths} after it was completed, if the course says so. */
    public Completion record(String personId, Course course, LocalDate on, String evidence, Completion.Status status,
            String recordedBy) {
        LocalDate expires = course.validMonths() == null ? null : on.plusMonths(course.validMonths());
        String verifiedBy = status == Completion.Status.VERIFIED ? recordedBy : null;
        Completion c = new Completion(UUID.randomUUID().toString(), 1, personId, course.id(), on, evidence, status,
                recordedBy, verifiedBy, expires);
        db.inTransaction(x -> Sql.update(x, "INSERT INTO catalog_completions (" + COLUMNS + ", verified_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.id(), 1L, personId, course.id(), Sql.date(on),
                evidence, status.name(), recordedBy, verifiedBy, Sql.date(expires),
                verifiedBy == null ? new Sql.Null(java.sql.Types.TIMESTAMP) : Sql.now(), Sql.now()));
        return c;
    }

    public Completion verify(Completion c, String verifier) {
        return db.inTransaction(x -> {
            int n = Sql.update(x, "UPDATE catalog_completions SET status = ?, verified_by = ?, verified_at = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?", Completion.Status.VERIFIED.name(), verifier,
                    Sql.now(), c.id(), c.version());
            Versions.expectOne(n, x, "catalog_completions", "id", "completion", c.id(), c.version());
            return new Completion(c.id(), c.version() + 1, c.personId(), c.courseId(), c.completedOn(), c.evidence(),
                    Completion.Status.VERIFIED, c.recordedBy(), verifier, c.expiresOn());
        });
    }

    /**
     * Completions that lapse between today and {@code until} whose person was not told yet and has not
     * renewed them (no other completion of the course that lasts longer).
     */
    public List<Completion> lapsingUntold(LocalDate today, LocalDate until) {
        return db.inTransaction(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM catalog_completions x WHERE"
                + " expires_on >= ? AND expires_on <= ? AND expiry_told_at IS NULL AND NOT EXISTS (SELECT 1 FROM"
                + " catalog_completions y WHERE y.person_id = x.person_id AND y.course_id = x.course_id AND y.id <> x.id"
                + " AND (y.expires_on IS NULL OR y.expires_on > x.expires_on))", Completions::map, Sql.date(today),
                Sql.date(until)));
    }

    /**
     * Marks that the person is told their completion lapses soon and journals {@code topic} with it;
     * returns the event to post after the commit, or null if another node told them already.
     */
    public Event toldOfExpiry(Completion done, String topic, Map<String, Object> props) {
        return db.inTransaction(c -> Sql.update(c, "UPDATE catalog_completions SET expiry_told_at = ? WHERE id = ? AND"
                + " expiry_told_at IS NULL", Sql.now(), done.id()) == 1 ? Journal.record(c, topic, props) : null);
    }

    private static Completion map(ResultSet rs) throws SQLException {
        return new Completion(rs.getString("id"), rs.getLong("version"), rs.getString("person_id"),
                rs.getString("course_id"), Sql.date(rs, "completed_on"), rs.getString("evidence"),
                Completion.Status.valueOf(rs.getString("status")), rs.getString("recorded_by"),
                rs.getString("verified_by"), Sql.date(rs, "expires_on"));
    }
}
