package org.tandem.demo.internal.seed;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.demo.internal.TryItMode;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;

/**
 * The generation of the sample data. People and course carry it in their platform ids, so a reset
 * (the next generation) brings fresh people into a fresh program, and the old ones are launched no more.
 */
@Component(service = SampleState.class, property = Feature.PROPERTY + "=lti")
public class SampleState {
    private final Database db;

    @Activate
    public SampleState(@Reference TryItMode mode, @Reference Database db) {
        this.db = db;
        db.migrate("org.tandem.demo", SampleState.class.getClassLoader(), List.of("org/tandem/demo/internal/V1__demo.sql"));
        db.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM demo_state") == 0
                ? Sql.update(c, "INSERT INTO demo_state (id, generation) VALUES (1, 1)") : 0);
    }

    public int generation() {
        return db.inTransaction(c -> Sql.one(c, "SELECT generation FROM demo_state WHERE id = 1", rs -> rs.getInt(1))
                .orElse(1));
    }

    public boolean seeded() {
        return db.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM demo_state WHERE id = 1 AND seeded_at IS NOT NULL")
                > 0);
    }

    public void markSeeded(int generation) {
        db.inTransaction(c -> Sql.update(c, "UPDATE demo_state SET seeded_at = ? WHERE id = 1 AND generation = ?",
                Sql.now(), generation));
    }

    /** Starts the next generation, unseeded; returns it. */
    public int next() {
        return db.inTransaction(c -> {
            Sql.update(c, "UPDATE demo_state SET generation = generation + 1, seeded_at = NULL WHERE id = 1");
            return Sql.one(c, "SELECT generation FROM demo_state WHERE id = 1", rs -> rs.getInt(1)).orElseThrow();
        });
    }
}
