package org.tandem.catalog.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.SqlWork;

/** The database, once the catalog's tables are migrated: every catalog store references this. */
@Component(service = CatalogDatabase.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class CatalogDatabase {
    private final Database db;

    @Activate
    public CatalogDatabase(@Reference Database db) {
        this.db = db;
        db.migrate("org.tandem.catalog", CatalogDatabase.class.getClassLoader(),
                List.of("org/tandem/catalog/internal/V1__catalog.sql",
                        "org/tandem/catalog/internal/V2__expiry_told.sql"));
    }

    public <T> T inTransaction(SqlWork<T> work) {
        return db.inTransaction(work);
    }
}
