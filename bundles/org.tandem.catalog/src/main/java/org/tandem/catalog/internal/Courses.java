package org.tandem.catalog.internal;

import static org.tandem.catalog.internal.Texts.TEXT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

/**
 * The courses: the ones Tandem ships (added at first start, never overwritten, so an administrator's
 * edits stay) and each institution's own.
 */
@Component(service = Courses.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class Courses {
    private static final Logger LOG = LoggerFactory.getLogger(Courses.class);
    private static final String COLUMNS = "id, version, tenant, course_key, title, provider, summary, format,"
            + " duration_minutes, audience, competencies, language, cost, url, evidence, valid_months";
    private final CatalogDatabase db;

    @Activate
    public Courses(@Reference CatalogDatabase db) throws IOException {
        this.db = db;
        try (InputStream in = Courses.class.getResourceAsStream("shipped-courses.csv")) {
            int added = 0;
            for (Course c : CourseRows.fromCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                if (byKey(Course.SHIPPED, c.key()).isEmpty()) {
                    try {
                        create(c, Course.SHIPPED);
                        added++;
                    } catch (ConflictException e) {
                        // another node added it at the same moment
                    }
                }
            }
            if (added > 0) {
                LOG.info("Added {} shipped training courses to the catalog", added);
            }
        }
    }

    /** The courses a tenant sees: the shipped ones and its own; every course for null (the server's admin). */
    public List<Course> visibleTo(String tenant) {
        return db.inTransaction(c -> tenant == null
                ? Sql.query(c, "SELECT " + COLUMNS + " FROM catalog_courses ORDER BY title, id", Courses::map)
                : Sql.query(c, "SELECT " + COLUMNS + " FROM catalog_courses WHERE tenant IN (?, ?) ORDER BY title, id",
                        Courses::map, Course.SHIPPED, tenant));
    }

    public Optional<Course> find(String id) {
        return db.inTransaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM catalog_courses WHERE id = ?",
                Courses::map, id));
    }

    public Optional<Course> byKey(String tenant, String key) {
        return db.inTransaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM catalog_courses WHERE tenant = ? AND"
                + " course_key = ?", Courses::map, tenant, key));
    }

    public Course create(Course draft, String tenant) {
        return db.inTransaction(c -> insert(c, draft, tenant));
    }

    /** Stores every course or none: an import is all or nothing. */
    public List<Course> createAll(List<Course> drafts, String tenant) {
        return db.inTransaction(c -> {
            List<Course> out = new java.util.ArrayList<>();
            for (Course d : drafts) {
                out.add(insert(c, d, tenant));
            }
            return out;
        });
    }

    public Course update(Course changed) {
        return db.inTransaction(c -> {
            int n = Sql.update(c, "UPDATE catalog_courses SET version = version + 1, course_key = ?, title = ?,"
                    + " provider = ?, summary = ?, format = ?, duration_minutes = ?, audience = ?, competencies = ?,"
                    + " language = ?, cost = ?, url = ?, evidence = ?, valid_months = ? WHERE id = ? AND version = ?",
                    changed.key(), changed.title(), changed.provider(), changed.summary(), changed.format().name(),
                    Sql.integer(changed.durationMinutes()), changed.audience().name(),
                    String.join("; ", changed.competencies()), changed.language(), changed.cost(), changed.url(),
                    changed.evidence(), Sql.integer(changed.validMonths()), changed.id(), changed.version());
            Versions.expectOne(n, c, "catalog_courses", "id", "course", changed.id(), changed.version());
            return changed.with(changed.id(), changed.version() + 1, changed.tenant());
        });
    }

    public void delete(String id, long version) {
        db.inTransaction(c -> {
            int n = Sql.update(c, "DELETE FROM catalog_courses WHERE id = ? AND version = ?", id, version);
            Versions.expectOne(n, c, "catalog_courses", "id", "course", id, version);
            return n;
        });
    }

    private static Course insert(Connection c, Course d, String tenant) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM catalog_courses WHERE tenant = ? AND course_key = ?", tenant,
                d.key()) > 0) {
            throw new ConflictException(TEXT.format("refuse.key-taken", "key", d.key()));
        }
        Course stored = d.with(UUID.randomUUID().toString(), 1, tenant);
        Sql.update(c, "INSERT INTO catalog_courses (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)", stored.id(), 1L, tenant, d.key(), d.title(), d.provider(), d.summary(),
                d.format().name(), Sql.integer(d.durationMinutes()), d.audience().name(),
                String.join("; ", d.competencies()), d.language(), d.cost(), d.url(), d.evidence(),
                Sql.integer(d.validMonths()), Sql.now());
        return stored;
    }

    static Course map(ResultSet rs) throws SQLException {
        String comps = rs.getString("competencies");
        return new Course(rs.getString("id"), rs.getLong("version"), rs.getString("tenant"), rs.getString("course_key"),
                rs.getString("title"), rs.getString("provider"), rs.getString("summary"),
                Course.Format.valueOf(rs.getString("format")), Sql.integer(rs, "duration_minutes"),
                Course.Audience.valueOf(rs.getString("audience")),
                comps == null || comps.isBlank() ? List.of() : Arrays.stream(comps.split(";")).map(String::trim).toList(),
                rs.getString("language"), rs.getString("cost"), rs.getString("url"), rs.getString("evidence"),
                Sql.integer(rs, "valid_months"));
    }
}
