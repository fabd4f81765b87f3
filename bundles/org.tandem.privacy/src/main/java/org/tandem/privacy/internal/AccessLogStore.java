package org.tandem.privacy.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.Ids;
import org.tandem.storage.Sql;

/** The access log's table: one row per person whose data someone else read. */
@Component(service = AccessLogStore.class, property = Feature.PROPERTY + "=core")
public class AccessLogStore {
    private final Database db;

    /** A read: who (a person, or the admin token), from which tenant, whose data, what. */
    public record Read(String actorId, String actorKind, String tenant, String subjectId, String what, Instant at) {
    }

    @Activate
    public AccessLogStore(@Reference Database db, @Reference PrivacySchema schema) {
        this.db = db;
    }

    /** Writes the reads, durably, before it returns, in one transaction. */
    void record(List<Read> reads) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO privacy_access_log"
                    + " (id, read_at, actor_id, actor_kind, tenant, subject_id, what) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Read r : reads) {
                    ps.setString(1, Ids.timeOrdered());
                    ps.setTimestamp(2, Timestamp.from(r.at()));
                    ps.setString(3, r.actorId());
                    ps.setString(4, r.actorKind());
                    ps.setString(5, r.tenant());
                    ps.setString(6, r.subjectId());
                    ps.setString(7, r.what());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    int deleteBefore(Instant cutoff) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM privacy_access_log WHERE read_at < ?",
                Timestamp.from(cutoff)));
    }

    /** The reads of one person's data (or of everyone's, with null), newest first. */
    List<Map<String, Object>> reads(String subjectId, int limit) {
        return db.inTransaction(c -> Sql.query(c, "SELECT read_at, actor_id, actor_kind, tenant, subject_id, what"
                + " FROM privacy_access_log" + (subjectId == null ? "" : " WHERE subject_id = ?")
                + " ORDER BY read_at DESC FETCH FIRST ? ROWS ONLY", rs -> {
                    Map<String, Object> row = new TreeMap<>();
                    row.put("readAt", rs.getTimestamp(1).toInstant().toString());
                    row.put("actorId", rs.getString(2));
                    row.put("actorKind", rs.getString(3));
                    row.put("tenant", rs.getString(4));
                    row.put("subjectId", rs.getString(5));
                    row.put("what", rs.getString(6));
                    return row;
                }, subjectId == null ? new Object[] {limit} : new Object[] {subjectId, limit}));
    }
}
