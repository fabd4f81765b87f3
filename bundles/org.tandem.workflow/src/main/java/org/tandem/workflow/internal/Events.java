package org.tandem.workflow.internal;

import java.util.HashMap;
import java.util.Map;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.tandem.workflow.api.WorkflowEvents;
import org.tandem.workflow.api.WorkflowState;

/** Posts workflow events (asynchronously) when Event Admin is there; the workflow never waits on listeners. */
final class Events {
    private Events() {
    }

    static void post(EventAdmin admin, String topic, WorkflowState s, Map<String, Object> extra) {
        if (admin != null) {
            Map<String, Object> props = new HashMap<>(extra);
            props.put(WorkflowEvents.RELATIONSHIP, s.relationship().id());
            props.put(WorkflowEvents.PROGRAM, s.relationship().programId());
            admin.postEvent(new Event(topic, props));
        }
    }
}
