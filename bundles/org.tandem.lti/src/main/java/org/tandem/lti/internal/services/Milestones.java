package org.tandem.lti.internal.services;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.api.Gradebook;
import org.tandem.lti.api.Gradebook.Milestone;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.RelationshipRepository;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * The workflow's milestones in the course gradebook: when a relationship enters Enabling (its
 * agreement is signed by everyone) and when it is concluded, each member gets the milestone. It
 * listens to the workflow's events by topic, so the workflow never knows (and need not be there).
 */
@Component(property = {Feature.PROPERTY + "=lti-advantage", EventConstants.EVENT_TOPIC + "=" + Milestones.TRANSITIONED},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
public class Milestones implements EventHandler {
    /** {@code org.tandem.workflow.api.WorkflowEvents.TRANSITIONED} and its properties. */
    static final String TRANSITIONED = "org/tandem/workflow/TRANSITIONED";
    static final Milestone AGREEMENT = new Milestone("tandem-agreement-signed", "Mentoring agreement signed", 1);
    static final Milestone CONCLUDED = new Milestone("tandem-relationship-concluded", "Mentoring relationship"
            + " concluded", 1);
    private static final Map<String, Milestone> BY_PHASE = Map.of("ENABLING", AGREEMENT, "CLOSED", CONCLUDED);
    private static final Logger LOG = LoggerFactory.getLogger(Milestones.class);
    private final Gradebook gradebook;
    private final RelationshipRepository relationships;

    @Activate
    public Milestones(@Reference Gradebook gradebook, @Reference RelationshipRepository relationships) {
        this.gradebook = gradebook;
        this.relationships = relationships;
    }

    @Override
    public void handleEvent(Event event) {
        Milestone m = BY_PHASE.get(String.valueOf(event.getProperty("to")));
        String relationshipId = (String) event.getProperty("relationshipId");
        if (m == null || relationshipId == null) {
            return;
        }
        relationships.find(relationshipId).ifPresentOrElse(r -> {
            for (Member member : r.members()) {
                gradebook.publish(r.programId(), member.personId(), m, m.maximum());
            }
        }, () -> LOG.warn("Milestone '{}' for relationship {}: the relationship is gone", m.label(), relationshipId));
    }
}
