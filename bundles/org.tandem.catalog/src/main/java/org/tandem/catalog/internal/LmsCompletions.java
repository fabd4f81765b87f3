package org.tandem.catalog.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * Completions the LMS confirms: a course in the LMS ends with a Tandem link whose custom parameter
 * {@value #PARAMETER} names the catalog course (the LMS shows it once its completion conditions are
 * met); opening it records the completion as received from the LMS. It listens to the LTI feature's
 * launch event by topic name, so neither feature imports the other.
 */
@Component(property = {Feature.PROPERTY + "=catalog", EventConstants.EVENT_TOPIC + "=" + LmsCompletions.TOPIC},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class LmsCompletions implements EventHandler {
    /** {@code org.tandem.lti.api.LtiEvents.LAUNCHED}. */
    static final String TOPIC = "org/tandem/lti/LAUNCHED";
    static final String PARAMETER = "tandem_completed_course";
    private static final Logger LOG = LoggerFactory.getLogger(LmsCompletions.class);
    private final Courses courses;
    private final Completions completions;
    private final Training training;

    @Activate
    public LmsCompletions(@Reference Courses courses, @Reference Completions completions,
            @Reference Training training) {
        this.courses = courses;
        this.completions = completions;
        this.training = training;
    }

    @Override
    public void handleEvent(Event event) {
        String key = (String) event.getProperty("custom." + PARAMETER);
        String person = (String) event.getProperty("personId");
        String tenant = (String) event.getProperty("tenant");
        if (key == null || person == null || tenant == null) {
            return;
        }
        Optional<Course> course = courses.byKey(tenant, key.trim()).or(() -> courses.byKey(Course.SHIPPED, key.trim()));
        if (course.isEmpty()) {
            LOG.warn("An LMS link of institution {} reports the completion of course '{}', which the catalog does not"
                    + " have: nothing recorded. Check the link's custom parameter {}.", tenant, key, PARAMETER);
            return;
        }
        LocalDate today = LocalDate.now();
        boolean already = completions.ofPerson(person).stream().anyMatch(c -> c.courseId().equals(course.get().id())
                && c.validOn(today));
        if (!already) { // opening the link again records nothing new
            training.record(person, course.get().id(), today, "Confirmed by the LMS (course link)",
                    Completion.Status.FROM_LMS, "lms");
        }
    }
}
