package org.tandem.catalog.internal;

import static org.tandem.catalog.internal.Texts.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.tandem.catalog.api.CatalogEvents;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.NotFoundException;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.PageRequest;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.model.ValidationException;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;

/**
 * A person's training: recording and verifying completions (each announced to other features), and
 * what the person's programs require or recommend that they have not (validly) completed.
 */
@Component(service = Training.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class Training {
    private final Courses courses;
    private final Requirements requirements;
    private final Completions completions;
    private final ParticipantRepository participants;
    private final ProgramRepository programs;
    private final RelationshipRepository relationships;
    private final WorkflowService workflow;
    private static final String ALIGNING = "aligning expectations";
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    /** Present while the feedback feature runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SuggestionSource fromSelfAssessment;

    /** A course suggested to the person, and why. */
    public record Suggestion(Course course, String why) {
    }

    /** A course one of the person's programs asks for, with whether it is done and why it is asked. */
    public record Due(Course course, String programId, String programName, Requirement.Kind kind, boolean done) {
    }

    @Activate
    public Training(@Reference Courses courses, @Reference Requirements requirements,
            @Reference Completions completions, @Reference ParticipantRepository participants,
            @Reference ProgramRepository programs, @Reference RelationshipRepository relationships,
            @Reference WorkflowService workflow) {
        this.relationships = relationships;
        this.workflow = workflow;
        this.courses = courses;
        this.requirements = requirements;
        this.completions = completions;
        this.participants = participants;
        this.programs = programs;
    }

    public Completion record(String personId, String courseId, LocalDate on, String evidence,
            Completion.Status status, String recordedBy) {
        Course course = courses.find(courseId).orElseThrow(() -> new ValidationException("courseId",
                TEXT.format("input.no-course")));
        if (on == null || on.isAfter(LocalDate.now().plusDays(1))) {
            throw new ValidationException("completedOn", TEXT.format("input.completed-on"));
        }
        if (evidence != null && evidence.length() > 2000) {
            throw new ValidationException("evidence", TEXT.format("input.evidence-long"));
        }
        Completion c = completions.record(personId, course, on, evidence, status, recordedBy);
        announce(c, course);
        return c;
    }

    public Completion verify(String completionId, String personId, String verifier) {
        Completion c = completions.find(completionId).filter(x -> x.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("completion", completionId));
        Completion verified = completions.verify(c, verifier);
        courses.find(c.courseId()).ifPresent(course -> announce(verified, course));
        return verified;
    }

    /** What the person's programs ask of them in their roles there, done or not. */
    public List<Due> due(String personId) {
        List<Due> out = new ArrayList<>();
        List<Completion> done = completions.ofPerson(personId);
        LocalDate today = LocalDate.now();
        for (Map.Entry<String, Participant> p : roles(personId).entrySet()) {
            String name = programs.find(p.getKey()).map(x -> x.name()).orElse(p.getKey());
            for (Requirement r : requirements.ofProgram(p.getKey())) {
                boolean concerns = p.getValue().mentor() && r.concernsMentors()
                        || p.getValue().mentee() && r.concernsMentees();
                Course course = courses.find(r.courseId()).orElse(null);
                if (concerns && course != null) {
                    boolean ok = done.stream().anyMatch(c -> c.courseId().equals(course.id()) && c.validOn(today)
                            && (!r.verifiedOnly() || c.verified()));
                    out.add(new Due(course, p.getKey(), name, r.kind(), ok));
                }
            }
        }
        return out;
    }

    /**
     * Courses for what the person's relationships lack: a relationship in Negotiating without a signed
     * agreement gets the courses on aligning expectations the person has not completed.
     */
    public List<Suggestion> suggestions(String personId, String tenant, boolean forThemself) {
        Set<String> done = new java.util.HashSet<>(completions.ofPerson(personId).stream().map(Completion::courseId)
                .toList());
        List<Course> aligning = courses.visibleTo(tenant).stream().filter(c -> !done.contains(c.id()))
                .filter(c -> c.competencies().stream().anyMatch(x -> x.equalsIgnoreCase(ALIGNING))).toList();
        java.util.Set<String> suggested = new java.util.HashSet<>();
        SuggestionSource competencies = fromSelfAssessment;
        List<Suggestion> out = new ArrayList<>();
        if (forThemself && competencies != null) { // a self-assessment is shown to no one else, even indirectly
            competencies.forPerson(personId, tenant, done).stream().filter(x -> suggested.add(x.course().id()))
                    .forEach(out::add);
        }
        for (String programId : participants.programsOf(personId)) {
            for (Relationship r : relationships.listByProgram(programId, new PageRequest(0, PageRequest.MAX_LIMIT))
                    .items()) {
                Member me = r.members().stream().filter(m -> m.personId().equals(personId)).findFirst().orElse(null);
                if (me == null) {
                    continue;
                }
                Course.Audience mine = me.role() == MemberRole.MENTEE ? Course.Audience.MENTEES : Course.Audience.MENTORS;
                WorkflowState s = workflow.state(r.id());
                if (s.phase() == Phase.NEGOTIATING && !s.agreementSignedByAll()) {
                    String why = r.title() == null ? Texts.TEXT.format("suggest.unsigned-agreement.untitled")
                            : Texts.TEXT.format("suggest.unsigned-agreement", "title", r.title());
                    aligning.stream().filter(c -> c.audience() == mine || c.audience() == Course.Audience.BOTH)
                            .filter(c -> suggested.add(c.id()))
                            .forEach(c -> out.add(new Suggestion(c, why)));
                }
            }
        }
        return out;
    }

    private Map<String, Participant> roles(String personId) {
        Map<String, Participant> out = new LinkedHashMap<>();
        for (String programId : participants.programsOf(personId)) {
            participants.inProgram(programId).stream().filter(x -> x.personId().equals(personId)).findFirst()
                    .ifPresent(x -> out.put(programId, x));
        }
        return out;
    }

    /** Tells other features (e.g. the course gradebook) which programs' requirements this completion meets. */
    private void announce(Completion c, Course course) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        Set<String> programIds = new java.util.TreeSet<>();
        for (String programId : participants.programsOf(c.personId())) {
            if (requirements.ofProgram(programId).stream().anyMatch(r -> r.courseId().equals(course.id()))) {
                programIds.add(programId);
            }
        }
        Map<String, Object> props = new HashMap<>();
        props.put(CatalogEvents.PERSON, c.personId());
        props.put(CatalogEvents.COURSE, course.id());
        props.put(CatalogEvents.COURSE_KEY, course.key());
        props.put(CatalogEvents.COURSE_TITLE, course.title());
        props.put(CatalogEvents.STATUS, c.status().name());
        props.put(CatalogEvents.PROGRAMS, programIds.toArray(String[]::new));
        admin.postEvent(new Event(CatalogEvents.COMPLETED, props));
    }
}
