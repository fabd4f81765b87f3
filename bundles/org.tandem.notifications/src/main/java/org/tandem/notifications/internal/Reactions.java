package org.tandem.notifications.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.notifications.internal.store.Meetings;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.storage.Journal;

/**
 * Turns what other features announce into notices for the people concerned. Each notice is keyed by
 * its cause, so an event delivered twice tells nobody twice. Only names, titles and times go into a
 * notice: never notes, agendas or answers.
 */
@Component(service = {EventHandler.class, Reactions.class}, property = {Feature.PROPERTY + "=notifications",
        EventConstants.EVENT_TOPIC + "=" + Topics.RELATIONSHIP_CREATED,
        EventConstants.EVENT_TOPIC + "=" + Topics.TRANSITIONED,
        EventConstants.EVENT_TOPIC + "=" + Topics.AGREEMENT_WRITTEN,
        EventConstants.EVENT_TOPIC + "=" + Topics.AGREEMENT_SIGNED,
        EventConstants.EVENT_TOPIC + "=" + Topics.MEETING_PLANNED,
        EventConstants.EVENT_TOPIC + "=" + Topics.MEETING_CHANGED,
        EventConstants.EVENT_TOPIC + "=" + Topics.MEETING_CANCELLED,
        EventConstants.EVENT_TOPIC + "=" + Topics.FORM_OPENED,
        EventConstants.EVENT_TOPIC + "=" + Topics.FORM_REMINDER,
        EventConstants.EVENT_TOPIC + "=" + Topics.FORM_SUBMITTED,
        EventConstants.EVENT_TOPIC + "=" + Topics.TRAINING_REQUIRED,
        EventConstants.EVENT_TOPIC + "=" + Topics.TRAINING_EXPIRING,
        EventConstants.EVENT_TOPIC + "=" + Topics.TRAINING_COMPLETED}, configurationPid = NotificationsConfig.PID,
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class Reactions implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Reactions.class);
    /** This feature's name in the event journal. */
    static final String CONSUMER = "notifications";
    static final java.util.Set<String> TOPICS = java.util.Set.of(Topics.RELATIONSHIP_CREATED, Topics.TRANSITIONED,
            Topics.AGREEMENT_WRITTEN, Topics.AGREEMENT_SIGNED, Topics.MEETING_PLANNED, Topics.MEETING_CHANGED,
            Topics.MEETING_CANCELLED, Topics.FORM_OPENED, Topics.FORM_REMINDER, Topics.FORM_SUBMITTED,
            Topics.TRAINING_REQUIRED, Topics.TRAINING_EXPIRING);
    private final NotifyDatabase db;
    private final Notifier notifier;
    private final RelationshipRepository relationships;
    private final PersonRepository people;
    private final ProgramRepository programs;
    private volatile NotificationsConfig config;
    private final java.util.Set<String> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "tandem-notify");
                t.setDaemon(true);
                return t;
            });

    @Activate
    public Reactions(@Reference NotifyDatabase db, @Reference Notifier notifier,
            @Reference RelationshipRepository relationships, @Reference PersonRepository people,
            @Reference ProgramRepository programs, NotificationsConfig config) {
        this.db = db;
        this.config = config;
        this.notifier = notifier;
        this.relationships = relationships;
        this.people = people;
        this.programs = programs;
    }

    /**
     * Takes the event off Event Admin's threads: notifying (rendering mail, writing the outbox) runs on
     * one thread of its own, so a burst of changes never takes more than one core from the requests
     * that make them. What is queued when the feature stops is caught up on from the journal.
     */
    @Override
    public void handleEvent(Event e) {
        Object id = e.getProperty(Journal.ID);
        if (id != null) {
            queued.add(id.toString());
        }
        worker.execute(() -> {
            try {
                react(e);
            } catch (RuntimeException ex) {
                LOG.warn("Could not notify anyone of {} ({}): {}", e.getTopic(), e.getProperty("relationshipId"),
                        ex.toString());
            } finally {
                if (id != null) {
                    queued.remove(id.toString());
                }
            }
        });
    }

    /**
     * Whether this journal entry waits in this node's queue: under a burst the queue may hold events
     * longer than {@code catchUpSeconds}, and catching up on them too would do their work twice.
     */
    boolean queued(String journalId) {
        return queued.contains(journalId);
    }

    @org.osgi.service.component.annotations.Modified
    void modified(NotificationsConfig c) {
        config = c;
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    /** Reacts to an event: live from Event Admin, or caught up from the journal after a crash. */
    void react(Event e) {
        switch (e.getTopic()) {
            case Topics.FORM_REMINDER -> formReminder(e);
            case Topics.TRAINING_REQUIRED, Topics.TRAINING_EXPIRING -> training(e);
            case Topics.FORM_SUBMITTED, Topics.TRAINING_COMPLETED -> done(e);
            case Topics.MEETING_PLANNED, Topics.MEETING_CHANGED, Topics.MEETING_CANCELLED -> meeting(e);
            default -> relationship(e);
        }
    }

    private void relationship(Event e) {
        String id = text(e, "relationshipId");
        Relationship r = id == null ? null : relationships.find(id).orElse(null);
        if (r == null) {
            tell(e, List.of(), Map.of(), null);
            return;
        }
        Map<String, Person> members = members(r);
        List<Notice> notices = switch (e.getTopic()) {
            case Topics.RELATIONSHIP_CREATED -> paired(r, members);
            case Topics.TRANSITIONED -> phase(e, r, members);
            case Topics.AGREEMENT_WRITTEN -> written(e, r, members);
            case Topics.AGREEMENT_SIGNED -> signed(e, r, members);
            case Topics.FORM_OPENED -> formOpened(e, r, members);
            default -> List.of();
        };
        tell(e, notices, members, switch (e.getTopic()) {
            case Topics.FORM_OPENED -> c -> deadlines(c, e, notices);
            case Topics.AGREEMENT_WRITTEN, Topics.AGREEMENT_SIGNED -> c -> toSign(c, e, r, members);
            default -> null;
        });
    }

    /**
     * A new revision of the agreement is to be signed by every member within {@code signWithinDays};
     * a signature takes it out of the signer's calendar, the last one out of everyone's.
     */
    private void toSign(Connection c, Event e, Relationship r, Map<String, Person> members) throws SQLException {
        String cause = "agreement-" + r.id();
        if (Topics.AGREEMENT_WRITTEN.equals(e.getTopic())) {
            Instant due = Instant.now().plus(java.time.Duration.ofDays(Math.max(1, config.signWithinDays())));
            for (Member m : r.members()) {
                Meetings.deadline(c, m.personId(), new Meetings.Deadline(cause, "calendar.deadline.agreement:"
                        + title(r, members), due, "#/relationship/" + r.id()));
            }
        } else if (Boolean.TRUE.equals(e.getProperty("complete"))) {
            for (Member m : r.members()) {
                Meetings.noDeadline(c, m.personId(), cause);
            }
        } else {
            Meetings.noDeadline(c, text(e, "personId"), cause);
        }
    }

    private List<Notice> paired(Relationship r, Map<String, Person> members) {
        String program = programs.find(r.programId()).map(p -> p.name()).orElse("");
        List<Notice> out = new ArrayList<>();
        for (Member m : r.members()) {
            Map<String, Object> args = Map.of("program", program, "partners", partners(r, members, m.personId()),
                    "title", title(r, members));
            boolean mentee = m.role() == MemberRole.MENTEE;
            out.add(new Notice(m.personId(), mentee ? Category.PAIRED : Category.ACCEPTANCE,
                    (mentee ? "paired:" : "acceptance:") + r.id(), mentee ? "paired" : "acceptance", args,
                    "#/relationship/" + r.id()));
        }
        return out;
    }

    private List<Notice> phase(Event e, Relationship r, Map<String, Person> members) {
        String to = text(e, "to");
        String from = Objects.toString(e.getProperty("from"), "");
        Object iteration = e.getProperty("iteration");
        List<Notice> out = new ArrayList<>();
        for (Member m : r.members()) {
            out.add(new Notice(m.personId(), Category.PHASE, "phase:" + r.id() + ":" + iteration + ":" + from + ":" + to,
                    "phase", Map.of("phase", to, "from", from, "title", title(r, members)), "#/relationship/" + r.id()));
        }
        return out;
    }

    private List<Notice> written(Event e, Relationship r, Map<String, Person> members) {
        String author = text(e, "personId");
        int revision = number(e, "revision");
        String key = revision > 1 ? "agreement.amended" : "agreement.written";
        return others(r, author, m -> new Notice(m, Category.AGREEMENT, "agreement:" + r.id() + ":"
                + e.getProperty("iteration") + ":" + revision, key, Map.of("author", name(members, author), "title",
                        title(r, members), "revision", revision), "#/relationship/" + r.id()));
    }

    private List<Notice> signed(Event e, Relationship r, Map<String, Person> members) {
        String signer = text(e, "personId");
        String cause = "signed:" + r.id() + ":" + e.getProperty("iteration") + ":" + e.getProperty("revision");
        if (Boolean.TRUE.equals(e.getProperty("complete"))) {
            return others(r, null, m -> new Notice(m, Category.AGREEMENT, cause + ":complete", "agreement.complete",
                    Map.of("title", title(r, members)), "#/relationship/" + r.id()));
        }
        return others(r, signer, m -> new Notice(m, Category.AGREEMENT, cause + ":" + signer, "agreement.signed",
                Map.of("signer", name(members, signer), "title", title(r, members)),
                "#/relationship/" + r.id()));
    }

    private List<Notice> formOpened(Event e, Relationship r, Map<String, Person> members) {
        String formId = text(e, "formId");
        String form = Objects.toString(e.getProperty("templateKey"), "").replace('-', ' ');
        Object closes = e.getProperty("closesAt");
        List<Notice> out = new ArrayList<>();
        Object recipients = e.getProperty("recipients");
        if (recipients instanceof java.util.Collection<?> who) {
            for (Object p : who) {
                Map<String, Object> args = new java.util.HashMap<>(Map.of("form", form, "title", title(r, members)));
                if (closes instanceof Number n) {
                    args.put("closes", n.longValue());
                }
                out.add(new Notice(String.valueOf(p), Category.FEEDBACK, "form:" + formId, "feedback.open", args,
                        "#/feedback/" + formId));
            }
        }
        return out;
    }

    /** A form's due date goes into each recipient's calendar feed. */
    private static void deadlines(Connection c, Event e, List<Notice> notices) throws SQLException {
        if (e.getProperty("closesAt") instanceof Number n) {
            String form = Objects.toString(e.getProperty("templateKey"), "").replace('-', ' ');
            for (Notice notice : notices) {
                Meetings.deadline(c, notice.personId(), new Meetings.Deadline("form-" + text(e, "formId"),
                        "calendar.deadline.feedback:" + form, Instant.ofEpochMilli(n.longValue()), notice.link()));
            }
        }
    }

    private void formReminder(Event e) {
        String person = text(e, "personId");
        String formId = text(e, "formId");
        int reminders = number(e, "reminders");
        Person p = person == null ? null : people.find(person).orElse(null);
        if (p == null) {
            tell(e, List.of(), Map.of(), null);
            return;
        }
        tell(e, List.of(new Notice(person, Category.FEEDBACK, "form:" + formId + ":reminder:" + reminders,
                "feedback.reminder", Map.of("form", Objects.toString(e.getProperty("templateKey"), "").replace('-', ' '),
                        "reminders", reminders), "#/feedback/" + formId)), Map.of(person, p), null);
    }

    /**
     * Training required before Enabling, or a completion that lapses soon: the person is told, and the
     * course goes into their calendar feed, due when it lapses or {@code trainingWithinDays} from now.
     */
    private void training(Event e) {
        String person = text(e, "personId");
        Person p = person == null ? null : people.find(person).orElse(null);
        String course = text(e, "courseId");
        String title = Objects.toString(e.getProperty("courseTitle"), "");
        boolean expiring = Topics.TRAINING_EXPIRING.equals(e.getTopic());
        String expires = text(e, "expiresOn");
        List<Notice> notices = p == null ? List.of() : List.of(expiring
                ? new Notice(person, Category.TRAINING, "training-expiring:" + course + ":" + expires,
                        "training.expiring", Map.of("course", title, "expires", expires), "#/training")
                : new Notice(person, Category.TRAINING, "training:" + text(e, "relationshipId") + ":" + course,
                        "training.required", Map.of("course", title), "#/training"));
        Instant due = expiring ? java.time.LocalDate.parse(expires).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                : Instant.now().plus(java.time.Duration.ofDays(Math.max(1, config.trainingWithinDays())));
        tell(e, notices, p == null ? Map.of() : Map.of(person, p), p == null ? null : c -> Meetings.deadline(c, person,
                new Meetings.Deadline("training-" + course, "calendar.deadline.training:" + title, due, "#/training")));
    }

    /** A form answered or a course completed leaves the person's calendar feed. */
    private void done(Event e) {
        String person = text(e, "personId");
        String cause = Topics.FORM_SUBMITTED.equals(e.getTopic()) ? "form-" + text(e, "formId")
                : "training-" + text(e, "courseId");
        tell(e, List.of(), Map.of(), person == null ? null : c -> Meetings.noDeadline(c, person, cause));
    }

    private void meeting(Event e) {
        String id = text(e, "relationshipId");
        Relationship r = id == null ? null : relationships.find(id).orElse(null);
        if (r == null) {
            tell(e, List.of(), Map.of(), null);
            return;
        }
        Map<String, Person> members = members(r);
        boolean cancelled = Topics.MEETING_CANCELLED.equals(e.getTopic());
        String status = cancelled ? "CANCELLED" : Objects.toString(e.getProperty("status"), "PLANNED");
        Meetings.Meeting m = new Meetings.Meeting(text(e, "meetingId"), r.id(),
                Instant.ofEpochMilli(((Number) e.getProperty("startsAt")).longValue()), number(e, "minutes"),
                (String) e.getProperty("mode"), status, number(e, "sequence"), text(e, "personId"), text(e, "location"));
        db.inTransaction(c -> {
            if (!firstTime(c, e)) {
                return null;
            }
            Meetings.Meeting stored = Meetings.record(c, m);
            if ("HELD".equals(status) || !cancelled && stored.startsAt().isBefore(Instant.now())) {
                return null; // logged after the fact: nothing for a calendar
            }
            String key = cancelled ? "meeting.cancelled"
                    : Topics.MEETING_CHANGED.equals(e.getTopic()) ? "meeting.changed" : "meeting.planned";
            Invite invite = Calls.invite(stored, cancelled, r, members, title(r, members));
            for (Member member : r.members()) {
                Person p = members.get(member.personId());
                if (p != null) {
                    notifier.tell(c, new Notice(p.id(), Category.MEETING, "meeting:" + m.id() + ":" + stored.sequence(),
                            key, Map.of("organizer", name(members, stored.organizerId()), "title", title(r, members),
                                    "when", stored.startsAt().toEpochMilli(), "minutes", stored.minutes()),
                            "#/relationship/" + r.id(), invite), p);
                }
            }
            return null;
        });
    }

    /** More work in the transaction that tells people of an event. */
    @FunctionalInterface
    private interface Also {
        void run(Connection c) throws SQLException;
    }

    /**
     * In one transaction: marks the event handled (nothing happens if it was handled before), does
     * {@code also}, and tells each person of their notice.
     */
    private void tell(Event e, List<Notice> notices, Map<String, Person> known, Also also) {
        db.inTransaction(c -> {
            if (!firstTime(c, e)) {
                return null;
            }
            if (also != null) {
                also.run(c);
            }
            for (Notice n : notices) {
                Person p = known.containsKey(n.personId()) ? known.get(n.personId())
                        : people.find(n.personId()).orElse(null);
                if (p != null) {
                    notifier.tell(c, n, p);
                }
            }
            return null;
        });
    }

    /** False if the event, by its journal entry, was handled before (live or caught up); marks it handled. */
    private static boolean firstTime(Connection c, Event e) throws SQLException {
        Object id = e.getProperty(Journal.ID);
        return id == null || Journal.handle(c, CONSUMER, id.toString());
    }

    private List<Notice> others(Relationship r, String except, java.util.function.Function<String, Notice> notice) {
        return r.members().stream().map(Member::personId).filter(p -> !p.equals(except)).map(notice).toList();
    }

    private Map<String, Person> members(Relationship r) {
        Map<String, Person> out = new java.util.HashMap<>();
        people.findAll(r.members().stream().map(Member::personId).toList()).forEach(p -> out.put(p.id(), p));
        return out;
    }

    static String title(Relationship r, Map<String, Person> members) {
        if (r.title() != null && !r.title().isBlank()) {
            return r.title();
        }
        return String.join(" & ", r.members().stream().map(m -> name(members, m.personId())).toList());
    }

    private static String partners(Relationship r, Map<String, Person> members, String me) {
        return String.join(", ", r.members().stream().map(Member::personId).filter(p -> !p.equals(me))
                .map(p -> name(members, p)).toList());
    }

    static String name(Map<String, Person> members, String personId) {
        Person p = personId == null ? null : members.get(personId);
        return p == null || p.displayName() == null ? "—" : p.displayName();
    }

    private static String text(Event e, String name) {
        Object v = e.getProperty(name);
        return v == null ? null : v.toString();
    }

    private static int number(Event e, String name) {
        return e.getProperty(name) instanceof Number n ? n.intValue() : 0;
    }
}
