package org.tandem.matching.internal.store;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.matching.internal.MatchingFeature;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.SqlWork;

/** The database, once the matching tables are migrated: every matching store goes through this. */
@Component(service = MatchingDatabase.class, property = Feature.PROPERTY + "=matching",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = MatchingFeature.ON))
public class MatchingDatabase {
    private final Database db;

    @Activate
    public MatchingDatabase(@Reference Database db) {
        this.db = db;
        db.migrate("org.tandem.matching", MatchingDatabase.class.getClassLoader(),
                List.of("org/tandem/matching/internal/V1__matching.sql"));
    }

    public <T> T inTransaction(SqlWork<T> work) {
        return db.inTransaction(work);
    }
}
