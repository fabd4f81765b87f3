package org.tandem.notifications.internal.store;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.notifications.internal.NotificationsFeature;
import org.tandem.storage.Database;
import org.tandem.storage.SqlWork;

/** The database, once the notification tables are migrated: every notifications store references this. */
@Component(service = NotifyDatabase.class, property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class NotifyDatabase {
    private final Database db;

    @Activate
    public NotifyDatabase(@Reference Database db) {
        this.db = db;
        db.migrate("org.tandem.notifications", NotifyDatabase.class.getClassLoader(),
                List.of("org/tandem/notifications/internal/V1__notifications.sql",
                        "org/tandem/notifications/internal/V2__meeting_location.sql",
                        "org/tandem/notifications/internal/V3__digest_and_deadlines.sql",
                        "org/tandem/notifications/internal/V4__outbox_due_order.sql"));
    }

    public <T> T inTransaction(SqlWork<T> work) {
        return db.inTransaction(work);
    }

    public String kind() {
        return db.kind();
    }
}
