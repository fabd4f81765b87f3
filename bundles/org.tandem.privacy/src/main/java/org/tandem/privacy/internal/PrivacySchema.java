package org.tandem.privacy.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Feature;
import org.tandem.storage.Database;

/** The privacy bundle's tables, migrated before any of its components uses them. */
@Component(service = PrivacySchema.class, property = Feature.PROPERTY + "=core")
public class PrivacySchema {
    @Activate
    public PrivacySchema(@Reference Database db) {
        db.migrate("org.tandem.privacy", PrivacySchema.class.getClassLoader(), List.of(
                "org/tandem/privacy/internal/V1__access_log.sql",
                "org/tandem/privacy/internal/V2__erasure_and_retention.sql",
                "org/tandem/privacy/internal/V3__access_log_by_time.sql"));
    }
}
