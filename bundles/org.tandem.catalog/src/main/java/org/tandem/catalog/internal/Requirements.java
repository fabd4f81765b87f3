package org.tandem.catalog.internal;

import static org.tandem.catalog.internal.Texts.TEXT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.storage.Sql;

/** Each program's training requirements and recommendations. */
@Component(service = Requirements.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class Requirements {
    private static final String COLUMNS = "id, program_id, course_id, audience, kind, verified_only";
    private final CatalogDatabase db;

    @Activate
    public Requirements(@Reference CatalogDatabase db) {
        this.db = db;
    }

    public List<Requirement> ofProgram(String programId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM catalog_requirements WHERE program_id = ?"
                + " ORDER BY created_at, id", Requirements::map, programId));
    }

    public Requirement add(Requirement r) {
        return db.inTransaction(c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM catalog_requirements WHERE program_id = ? AND course_id = ? AND"
                    + " audience = ?", r.programId(), r.courseId(), r.audience().name()) > 0) {
                throw new ConflictException(TEXT.format("refuse.requirement-twice", "audience", r.audience().name()));
            }
            Requirement stored = new Requirement(UUID.randomUUID().toString(), r.programId(), r.courseId(),
                    r.audience(), r.kind(), r.verifiedOnly());
            Sql.update(c, "INSERT INTO catalog_requirements (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    stored.id(), r.programId(), r.courseId(), r.audience().name(), r.kind().name(), r.verifiedOnly(),
                    Sql.now());
            return stored;
        });
    }

    public void remove(String programId, String id) {
        int n = db.inTransaction(c -> Sql.update(c, "DELETE FROM catalog_requirements WHERE program_id = ? AND id = ?",
                programId, id));
        if (n == 0) {
            throw new NotFoundException("training requirement", id);
        }
    }

    private static Requirement map(ResultSet rs) throws SQLException {
        return new Requirement(rs.getString("id"), rs.getString("program_id"), rs.getString("course_id"),
                Course.Audience.valueOf(rs.getString("audience")), Requirement.Kind.valueOf(rs.getString("kind")),
                rs.getBoolean("verified_only"));
    }
}
