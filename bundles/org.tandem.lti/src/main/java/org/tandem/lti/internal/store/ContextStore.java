package org.tandem.lti.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;
import org.tandem.model.ConflictException;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/** Which program a platform's course maps to, and the LTI Advantage endpoints the platform gave for it. */
@Component(service = ContextStore.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class ContextStore {
    private final LtiDatabase db;

    /** A course at a platform, mapped to a program. */
    public record CourseLink(String platformId, String contextId, String programId, String membershipsUrl,
            String lineItemsUrl) {
    }

    @Activate
    public ContextStore(@Reference LtiDatabase db) {
        this.db = db;
    }

    public Optional<CourseLink> find(String platformId, String contextId) {
        return db.inTransaction(c -> Sql.one(c, "SELECT platform_id, context_id, program_id, memberships_url,"
                + " line_items_url FROM lti_contexts WHERE platform_id = ? AND context_id = ?", ContextStore::map,
                platformId, contextId));
    }

    /** The courses linked to a program (usually one). */
    public List<CourseLink> byProgram(String programId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT platform_id, context_id, program_id, memberships_url,"
                + " line_items_url FROM lti_contexts WHERE program_id = ? ORDER BY platform_id, context_id",
                ContextStore::map, programId));
    }

    /**
     * Links the course to the program unless another launch linked it first.
     *
     * @return the link that holds: this one, or the one that won
     */
    public CourseLink link(CourseLink link) {
        try {
            db.inTransaction(c -> Sql.update(c, "INSERT INTO lti_contexts (platform_id, context_id, program_id,"
                    + " memberships_url, line_items_url, updated_at) VALUES (?, ?, ?, ?, ?, ?)", link.platformId(),
                    link.contextId(), link.programId(), link.membershipsUrl(), link.lineItemsUrl(), Sql.now()));
            return link;
        } catch (ConflictException e) {
            return find(link.platformId(), link.contextId()).orElseThrow(() -> e);
        }
    }

    /** Keeps the service endpoints current: platforms may move them. */
    public void updateServices(CourseLink link) {
        db.inTransaction(c -> Sql.update(c, "UPDATE lti_contexts SET memberships_url = ?, line_items_url = ?,"
                + " updated_at = ? WHERE platform_id = ? AND context_id = ?", link.membershipsUrl(),
                link.lineItemsUrl(), Sql.now(), link.platformId(), link.contextId()));
    }

    private static CourseLink map(ResultSet rs) throws SQLException {
        return new CourseLink(rs.getString("platform_id"), rs.getString("context_id"), rs.getString("program_id"),
                rs.getString("memberships_url"), rs.getString("line_items_url"));
    }
}
