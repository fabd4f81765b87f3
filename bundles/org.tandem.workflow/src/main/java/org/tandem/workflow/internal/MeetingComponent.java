package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.tandem.model.Checks;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.model.Validation;
import org.tandem.storage.Database;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Challenge;
import org.tandem.workflow.api.Meeting;
import org.tandem.workflow.api.MeetingKind;
import org.tandem.workflow.api.MeetingService;
import org.tandem.workflow.api.MeetingStatus;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.WorkflowEvents;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** Meetings with shared and private notes, and challenges; for the members of a relationship. */
@Component(property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
public class MeetingComponent implements MeetingService {
    private static final String MEMBERS_ONLY = "access.meetings";
    private final Database db;
    private final WorkflowService workflow;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public MeetingComponent(@Reference Database db, @Reference WorkflowService workflow) {
        this.db = db;
        this.workflow = workflow;
    }

    @Override
    public List<org.tandem.workflow.api.MeetingCount> heldPerMonth(String programId, Actor programAdmin) {
        if (!programAdmin.programAdmin()) {
            throw new org.tandem.model.ForbiddenException("Only the program's administrators see its meeting counts.");
        }
        return db.inTransaction(c -> MeetingStore.heldPerMonth(c, programId));
    }

    @Override
    public List<Meeting> meetings(String relationshipId, Actor actor) {
        WorkflowState s = member(relationshipId, actor);
        return db.inTransaction(c -> MeetingStore.meetings(c, relationshipId, s.iteration()));
    }

    @Override
    public Meeting plan(String relationshipId, Actor actor, Meeting m) {
        WorkflowState s = active(relationshipId, actor);
        MeetingStatus status = m.status() == null ? MeetingStatus.PLANNED : m.status();
        Meeting draft = new Meeting(null, 0, m.kind() == null ? MeetingKind.REGULAR : m.kind(), m.startsAt(),
                m.minutes(), m.mode(), m.agenda(), status, m.sharedNotes(), m.nextSteps(), actor.personId(),
                status == MeetingStatus.HELD ? actor.personId() : null, blankToNull(m.location()));
        check(draft);
        return Events.change(db, events, s, c -> MeetingStore.insert(c, relationshipId, s.iteration(), draft),
                (c, stored) -> announcements(stored, actor, null));
    }

    @Override
    public Meeting update(String relationshipId, Actor actor, Meeting m) {
        WorkflowState s = active(relationshipId, actor);
        Meeting before = find(relationshipId, m.id());
        Meeting changed = new Meeting(m.id(), m.version(), m.kind() == null ? before.kind() : m.kind(), m.startsAt(),
                m.minutes(), m.mode(), m.agenda(), m.status() == null ? before.status() : m.status(), m.sharedNotes(),
                m.nextSteps(), before.organizerId(), m.status() == MeetingStatus.HELD && before.status()
                        != MeetingStatus.HELD ? actor.personId() : before.loggedById(), blankToNull(m.location()));
        check(changed);
        return Events.change(db, events, s, c -> MeetingStore.update(c, changed),
                (c, stored) -> announcements(stored, actor, before));
    }

    @Override
    public Optional<String> privateNote(String relationshipId, String meetingId, Actor actor) {
        member(relationshipId, actor);
        find(relationshipId, meetingId);
        return db.inTransaction(c -> MeetingStore.privateNote(c, meetingId, actor.personId()));
    }

    @Override
    public void writePrivateNote(String relationshipId, String meetingId, Actor actor, String note) {
        member(relationshipId, actor);
        find(relationshipId, meetingId);
        new Checks().text("note", note, 8000, true).orThrow();
        db.inTransaction(c -> {
            MeetingStore.writePrivateNote(c, meetingId, actor.personId(), note);
            return null;
        });
    }

    @Override
    public List<Challenge> challenges(String relationshipId, Actor actor) {
        WorkflowState s = member(relationshipId, actor);
        return db.inTransaction(c -> MeetingStore.challenges(c, relationshipId, s.iteration()));
    }

    @Override
    public Challenge raise(String relationshipId, Actor actor, String title, String description) {
        WorkflowState s = active(relationshipId, actor);
        new Checks().text("title", title, Validation.NAME_MAX, true)
                .text("description", description, Validation.TEXT_MAX, false).orThrow();
        return Events.change(db, events, s, c -> MeetingStore.raise(c, relationshipId, s.iteration(),
                actor.personId(), title, description), WorkflowEvents.CHALLENGE_RAISED,
                Map.of(WorkflowEvents.PERSON, actor.personId()));
    }

    @Override
    public Challenge resolve(String relationshipId, Actor actor, String challengeId, long version,
            String resolution) {
        WorkflowState s = active(relationshipId, actor);
        new Checks().text("resolution", resolution, Validation.TEXT_MAX, true).orThrow();
        return db.inTransaction(c -> {
            if (MeetingStore.challenges(c, relationshipId, s.iteration()).stream()
                    .noneMatch(ch -> ch.id().equals(challengeId))) {
                throw new NotFoundException("challenge", challengeId);
            }
            MeetingStore.resolve(c, challengeId, version, actor.personId(), resolution);
            return MeetingStore.challenges(c, relationshipId, s.iteration()).stream()
                    .filter(ch -> ch.id().equals(challengeId)).findFirst().orElseThrow();
        });
    }

    private WorkflowState member(String relationshipId, Actor actor) {
        WorkflowState s = workflow.state(relationshipId);
        Access.member(s, actor, MEMBERS_ONLY);
        return s;
    }

    private WorkflowState active(String relationshipId, Actor actor) {
        WorkflowState s = member(relationshipId, actor);
        Access.phase(s, "meetings", Phase.NEGOTIATING, Phase.ENABLING, Phase.CLOSING);
        return s;
    }

    private Meeting find(String relationshipId, String meetingId) {
        return db.inTransaction(c -> MeetingStore.meeting(c, relationshipId, meetingId))
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    /** Whether a change matters to a calendar: time, length or mode (notes and agenda do not). */
    private static boolean moved(Meeting before, Meeting now) {
        return now.status() != MeetingStatus.CANCELLED && (!before.startsAt().equals(now.startsAt())
                || before.minutes() != now.minutes() || before.mode() != now.mode()
                || !java.util.Objects.equals(before.location(), now.location()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void check(Meeting m) {
        new Checks().required("startsAt", m.startsAt()).range("minutes", m.minutes(), 5, 600)
                .text("agenda", m.agenda(), Validation.TEXT_MAX, false).text("location", m.location(), 500, false)
                .text("sharedNotes", m.sharedNotes(), 8000, false)
                .text("nextSteps", m.nextSteps(), Validation.TEXT_MAX, false).orThrow();
    }

    private static List<Events.Announcement> announcements(Meeting now, Actor actor, Meeting before) {
        List<Events.Announcement> out = new java.util.ArrayList<>(2);
        String topic = before == null ? WorkflowEvents.MEETING_PLANNED
                : now.status() == MeetingStatus.CANCELLED && before.status() != MeetingStatus.CANCELLED
                        ? WorkflowEvents.MEETING_CANCELLED
                        : moved(before, now) ? WorkflowEvents.MEETING_CHANGED : null;
        if (topic != null) {
            Map<String, Object> props = new java.util.HashMap<>(Map.of(WorkflowEvents.PERSON, actor.personId(),
                    WorkflowEvents.MEETING, now.id(), WorkflowEvents.STARTS_AT, now.startsAt().toEpochMilli(),
                    WorkflowEvents.MINUTES, now.minutes(), WorkflowEvents.SEQUENCE, now.version(),
                    WorkflowEvents.STATUS, now.status().name()));
            if (now.mode() != null) {
                props.put(WorkflowEvents.MODE, now.mode().name());
            }
            if (now.location() != null) {
                props.put(WorkflowEvents.LOCATION, now.location());
            }
            out.add(new Events.Announcement(topic, props));
        }
        boolean newlyHeld = now.status() == MeetingStatus.HELD && (before == null || before.status() != MeetingStatus.HELD);
        if (newlyHeld) {
            out.add(new Events.Announcement(WorkflowEvents.MEETING_HELD, Map.of(WorkflowEvents.PERSON,
                    actor.personId(), WorkflowEvents.MEETING, now.id())));
        }
        return out;
    }
}
