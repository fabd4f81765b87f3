package org.tandem.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.catalog.api.CatalogEvents;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.storage.Database;
import org.tandem.storage.Journal;

/**
 * When a relationship enters Negotiating, tells who still has to do a course the program requires
 * before Enabling ({@link CatalogEvents#TRAINING_REQUIRED}, journaled, one per person and course), so
 * that they hear of it while there is time, not when the move to Enabling is refused.
 */
@Component(property = {Feature.PROPERTY + "=catalog", EventConstants.EVENT_TOPIC + "=" + TrainingDue.TOPIC},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class TrainingDue implements EventHandler {
    /** {@code org.tandem.workflow.api.WorkflowEvents.TRANSITIONED}. */
    static final String TOPIC = "org/tandem/workflow/TRANSITIONED";
    private static final Logger LOG = LoggerFactory.getLogger(TrainingDue.class);
    private final Requirements requirements;
    private final Completions completions;
    private final Courses courses;
    private final RelationshipRepository relationships;
    private final Database db;
    private final EventAdmin events;

    @Activate
    public TrainingDue(@Reference Requirements requirements, @Reference Completions completions,
            @Reference Courses courses, @Reference RelationshipRepository relationships, @Reference Database db,
            @Reference EventAdmin events) {
        this.requirements = requirements;
        this.completions = completions;
        this.courses = courses;
        this.relationships = relationships;
        this.db = db;
        this.events = events;
    }

    @Override
    public void handleEvent(Event e) {
        if (!"NEGOTIATING".equals(e.getProperty("to")) || !(e.getProperty("relationshipId") instanceof String id)) {
            return;
        }
        try {
            relationships.find(id).ifPresent(r -> due(r).forEach(events::postEvent));
        } catch (RuntimeException ex) {
            LOG.warn("Could not look for training the members of relationship {} still need: {}", id, ex.toString());
        }
    }

    private List<Event> due(Relationship r) {
        List<Requirement> required = requirements.ofProgram(r.programId()).stream()
                .filter(q -> q.kind() == Requirement.Kind.REQUIRED_BEFORE_ENABLING).toList();
        List<Map<String, Object>> missing = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (Member m : r.members()) {
            boolean mentor = m.role() != MemberRole.MENTEE;
            List<Completion> done = required.isEmpty() ? List.of() : completions.ofPerson(m.personId());
            for (Requirement q : required) {
                if ((mentor ? q.concernsMentors() : q.concernsMentees()) && done.stream()
                        .noneMatch(c -> c.courseId().equals(q.courseId()) && c.validOn(today)
                                && (!q.verifiedOnly() || c.verified()))) {
                    missing.add(Map.of(CatalogEvents.PERSON, m.personId(), CatalogEvents.COURSE, q.courseId(),
                            CatalogEvents.COURSE_TITLE, courses.find(q.courseId()).map(Course::title).orElse(""),
                            CatalogEvents.RELATIONSHIP, r.id(), CatalogEvents.PROGRAM, r.programId()));
                }
            }
        }
        return missing.isEmpty() ? List.of() : db.inTransaction(c -> {
            List<Event> out = new ArrayList<>();
            for (Map<String, Object> props : missing) {
                out.add(Journal.record(c, CatalogEvents.TRAINING_REQUIRED, props));
            }
            return out;
        });
    }
}
