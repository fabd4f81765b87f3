package org.tandem.lti.internal.services;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.api.Gradebook;
import org.tandem.lti.api.Gradebook.Milestone;
import org.tandem.lti.internal.LtiFeature;
import org.tandem.model.Feature;

/**
 * Completed required training in the course gradebook: the catalog announces a completion with the
 * programs whose requirement it meets, and each of those courses gets the milestone. It listens by
 * topic name, so neither feature imports the other.
 */
@Component(property = {Feature.PROPERTY + "=lti-advantage", EventConstants.EVENT_TOPIC + "=" + TrainingMilestones.TOPIC},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
public class TrainingMilestones implements EventHandler {
    /** {@code org.tandem.catalog.api.CatalogEvents.COMPLETED}. */
    static final String TOPIC = "org/tandem/catalog/COMPLETED";
    private final Gradebook gradebook;

    @Activate
    public TrainingMilestones(@Reference Gradebook gradebook) {
        this.gradebook = gradebook;
    }

    @Override
    public void handleEvent(Event event) {
        String person = (String) event.getProperty("personId");
        String key = (String) event.getProperty("courseKey");
        String title = (String) event.getProperty("courseTitle");
        if (person == null || key == null || title == null
                || !(event.getProperty("programIds") instanceof String[] programs)) {
            return;
        }
        Milestone m = milestone(key, title);
        for (String program : programs) {
            gradebook.publish(program, person, m, m.maximum());
        }
    }

    static Milestone milestone(String courseKey, String title) {
        String tag = ("training-" + courseKey).replaceAll("[^a-z0-9-]", "-");
        String label = "Training completed: " + title;
        return new Milestone(tag.length() > 64 ? tag.substring(0, 64) : tag, label.length() > 200
                ? label.substring(0, 200) : label, 1);
    }
}
