package org.tandem.feedback.internal.store;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.internal.FeedbackFeature;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.SqlWork;

/** The database, once the feedback tables are migrated: every feedback store references this. */
@Component(service = FeedbackDatabase.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class FeedbackDatabase {
    private final Database db;

    @Activate
    public FeedbackDatabase(@Reference Database db) {
        this.db = db;
        db.migrate("org.tandem.feedback", FeedbackDatabase.class.getClassLoader(),
                List.of("org/tandem/feedback/internal/V1__feedback.sql"));
    }

    public <T> T inTransaction(SqlWork<T> work) {
        return db.inTransaction(work);
    }
}
