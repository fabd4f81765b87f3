package org.tandem.lti.internal.store;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.SqlWork;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/** The database, once the LTI tables are migrated: every LTI store references this, not {@link Database}. */
@Component(service = LtiDatabase.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class LtiDatabase {
    static final List<String> MIGRATIONS = List.of("org/tandem/lti/internal/store/V1__lti.sql",
            "org/tandem/lti/internal/store/V2__scores.sql", "org/tandem/lti/internal/store/V3__registration_links.sql",
            "org/tandem/lti/internal/store/V4__last_launch.sql");
    private final Database db;

    @Activate
    public LtiDatabase(@Reference Database db) {
        this.db = db;
        db.migrate("org.tandem.lti", LtiDatabase.class.getClassLoader(), MIGRATIONS);
    }

    public <T> T inTransaction(SqlWork<T> work) {
        return db.inTransaction(work);
    }
}
