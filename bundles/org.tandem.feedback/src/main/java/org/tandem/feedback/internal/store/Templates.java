package org.tandem.feedback.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.internal.FeedbackFeature;
import org.tandem.feedback.internal.form.Template;
import org.tandem.feedback.internal.form.TemplateReader;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;

/**
 * Templates by (tenant, key, version). The shipped ones (tenant "*") are added at first start; an
 * institution's edit of a template is its own copy. A template with forms keeps its version and the
 * edit becomes the next one, so answers keep the questions they were given against.
 */
@Component(service = Templates.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class Templates {
    public static final String SHIPPED = "*";
    public static final List<String> SHIPPED_KEYS = List.of("meeting-check-in", "relationship-pulse",
            "mentor-competency-self-assessment", "mentee-view-of-mentor", "mid-point-review", "closing-evaluation",
            "mentor-training-feedback");
    private static final Logger LOG = LoggerFactory.getLogger(Templates.class);
    private final FeedbackDatabase db;

    /** A stored template and whose it is. */
    public record Stored(String tenant, Template template) {
    }

    @Activate
    public Templates(@Reference FeedbackDatabase db) throws IOException {
        this.db = db;
        for (String key : SHIPPED_KEYS) {
            if (latest(SHIPPED, key).isEmpty()) {
                try (InputStream in = Templates.class.getResourceAsStream("/org/tandem/feedback/internal/templates/" + key
                        + ".json")) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    TemplateReader.read(body, 1);
                    insert(SHIPPED, key, 1, body);
                    LOG.info("Added the shipped feedback template {}", key);
                } catch (RuntimeException e) {
                    LOG.debug("Template {} was added by another node meanwhile", key, e);
                }
            }
        }
    }

    /** The newest version a tenant uses: its own copy, else the shipped one. */
    public Optional<Stored> current(String tenant, String key) {
        Optional<Stored> own = tenant == null ? Optional.empty() : latest(tenant, key);
        return own.isPresent() ? own : latest(SHIPPED, key);
    }

    public Optional<Template> version(String tenant, String key, int version) {
        return db.inTransaction(c -> Sql.one(c, "SELECT body, version FROM feedback_templates WHERE tenant = ? AND"
                + " template_key = ? AND version = ?", rs -> TemplateReader.read(rs.getString(1), rs.getInt(2)),
                tenant, key, version));
    }

    /** Every template key a tenant sees, newest versions. */
    public List<Stored> visibleTo(String tenant) {
        List<String> keys = db.inTransaction(c -> Sql.query(c, "SELECT DISTINCT template_key FROM feedback_templates"
                + " WHERE tenant IN (?, ?) ORDER BY template_key", rs -> rs.getString(1), SHIPPED,
                tenant == null ? SHIPPED : tenant));
        return keys.stream().map(k -> current(tenant, k)).flatMap(Optional::stream).toList();
    }

    /**
     * Stores a tenant's edit: a new version if forms use its current one (or it is the shipped one),
     * else a replacement of the current one.
     */
    public Template save(String tenant, String body) {
        Template parsed = TemplateReader.read(body, 1);
        return db.inTransaction(c -> {
            Integer newest = Sql.one(c, "SELECT MAX(version) FROM feedback_templates WHERE tenant = ? AND template_key = ?",
                    rs -> (Integer) rs.getObject(1) == null ? null : rs.getInt(1), tenant, parsed.key()).orElse(null);
            Integer shipped = Sql.one(c, "SELECT MAX(version) FROM feedback_templates WHERE tenant = ? AND"
                    + " template_key = ?", rs -> (Integer) rs.getObject(1) == null ? null : rs.getInt(1), SHIPPED,
                    parsed.key()).orElse(null);
            int version;
            if (newest == null) {
                version = shipped == null ? 1 : shipped + 1;
            } else if (Sql.count(c, "SELECT COUNT(*) FROM feedback_forms WHERE tenant = ? AND template_key = ? AND"
                    + " template_version = ?", tenant, parsed.key(), newest) > 0) {
                version = newest + 1;
            } else {
                Sql.update(c, "DELETE FROM feedback_templates WHERE tenant = ? AND template_key = ? AND version = ?",
                        tenant, parsed.key(), newest);
                version = newest;
            }
            Sql.update(c, "INSERT INTO feedback_templates (tenant, template_key, version, body, created_at) VALUES"
                    + " (?, ?, ?, ?, ?)", tenant, parsed.key(), version, body, Sql.now());
            return TemplateReader.read(body, version);
        });
    }

    private Optional<Stored> latest(String tenant, String key) {
        return db.inTransaction(c -> Sql.one(c, "SELECT body, version FROM feedback_templates WHERE tenant = ? AND"
                + " template_key = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new Stored(tenant, TemplateReader.read(rs.getString(1), rs.getInt(2))), tenant, key));
    }

    private void insert(String tenant, String key, int version, String body) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO feedback_templates (tenant, template_key, version, body,"
                + " created_at) VALUES (?, ?, ?, ?, ?)", tenant, key, version, body, Sql.now()));
    }
}
