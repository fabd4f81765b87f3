package org.tandem.workflow.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.tandem.storage.Database;
import org.tandem.storage.Journal;
import org.tandem.storage.SqlWork;
import org.tandem.workflow.api.WorkflowEvents;
import org.tandem.workflow.api.WorkflowState;

/**
 * Workflow events: written to the journal in the transaction of the change they announce, and posted
 * (asynchronously) after its commit when Event Admin is there. The workflow never waits on listeners,
 * and a listener that must not miss one catches up from the journal after a crash.
 */
final class Events {
    /** An event to announce: its topic and the properties beyond the relationship and program. */
    record Announcement(String topic, Map<String, Object> extra) {
    }

    /** What a change announces, decided inside its transaction from its result. */
    @FunctionalInterface
    interface Announcing<T> {
        List<Announcement> of(Connection c, T result) throws SQLException;
    }

    private Events() {
    }

    /** Runs {@code work}, journals what it announces in the same transaction, posts it after the commit. */
    static <T> T change(Database db, EventAdmin admin, WorkflowState s, SqlWork<T> work, Announcing<T> announcing) {
        List<Event> made = new ArrayList<>(2);
        T result = db.inTransaction(c -> {
            made.clear();
            T r = work.run(c);
            for (Announcement a : announcing.of(c, r)) {
                made.add(Journal.record(c, a.topic(), properties(s, a.extra())));
            }
            return r;
        });
        if (admin != null) {
            made.forEach(admin::postEvent);
        }
        return result;
    }

    /** A change that announces one event whatever its result. */
    static <T> T change(Database db, EventAdmin admin, WorkflowState s, SqlWork<T> work, String topic,
            Map<String, Object> extra) {
        return change(db, admin, s, work, (c, r) -> List.of(new Announcement(topic, extra)));
    }

    private static Map<String, Object> properties(WorkflowState s, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        props.put(WorkflowEvents.RELATIONSHIP, s.relationship().id());
        props.put(WorkflowEvents.PROGRAM, s.relationship().programId());
        return props;
    }
}
