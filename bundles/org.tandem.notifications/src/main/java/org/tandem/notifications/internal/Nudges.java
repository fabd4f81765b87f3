package org.tandem.notifications.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.PageRequest;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.notifications.internal.store.Items;
import org.tandem.notifications.internal.store.Known;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.HealthService;
import org.tandem.workflow.api.RelationshipHealth;

/**
 * What the workflow's health sees, told to people: a relationship that met less often than its
 * agreement says nudges both partners first, and its program's coordinators only when it is still
 * quiet a week later; each coordinator gets a weekly summary of their program. Each notice is keyed
 * by its ISO week, so every node may look and each person is told once a week at most. Runs only
 * while the workflow feature runs (it needs its {@link HealthService}).
 */
@Component(service = Nudges.class, immediate = true, configurationPid = NotificationsConfig.PID,
        property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class Nudges {
    private static final Logger LOG = LoggerFactory.getLogger(Nudges.class);
    static final String QUIET = "meetings-below-cadence";
    /** Health is read as an administrator of the program would; nobody acts under this id. */
    private static final Actor SYSTEM = new Actor("tandem-notifications", true);
    private final NotifyDatabase db;
    private final Notifier notifier;
    private final HealthService health;
    private final ProgramRepository programs;
    private final ParticipantRepository participants;
    private final RelationshipRepository relationships;
    private final PersonRepository people;
    private final Periodic timer = new Periodic("tandem-nudges");
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile Outstanding outstanding;

    @Activate
    public Nudges(@Reference NotifyDatabase db, @Reference Notifier notifier, @Reference HealthService health,
            @Reference ProgramRepository programs, @Reference ParticipantRepository participants,
            @Reference RelationshipRepository relationships, @Reference PersonRepository people,
            NotificationsConfig config) {
        this.db = db;
        this.notifier = notifier;
        this.health = health;
        this.programs = programs;
        this.participants = participants;
        this.relationships = relationships;
        this.people = people;
        modified(config);
    }

    @Modified
    synchronized void modified(NotificationsConfig c) {
        timer.run(this::run, Math.max(1, c.checkSeconds()), Math.max(1, c.nudgeSeconds()), TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.stop();
    }

    void run() {
        Instant now = Instant.now();
        int offset = 0;
        List<Program> page;
        do {
            page = programs.list(new PageRequest(offset, PageRequest.MAX_LIMIT)).items();
            for (Program p : page) {
                try {
                    look(p, now);
                } catch (RuntimeException e) {
                    LOG.warn("Could not look at the health of program {} (will retry): {}", p.id(), e.toString());
                }
            }
            offset += PageRequest.MAX_LIMIT;
        } while (page.size() == PageRequest.MAX_LIMIT);
    }

    private void look(Program p, Instant now) {
        String week = week(now);
        String lastWeek = week(now.minus(7, ChronoUnit.DAYS));
        List<Participant> taking = participants.inProgram(p.id()).stream().filter(Participant::active).toList();
        List<String> coordinators = taking.stream().filter(Participant::coordinator).map(Participant::personId).toList();
        List<RelationshipHealth> all = health.programHealth(p.id(), SYSTEM);
        for (RelationshipHealth h : all) {
            if (h.signals().stream().anyMatch(s -> QUIET.equals(s.code()))) {
                relationships.find(h.relationshipId()).ifPresent(r -> quiet(p, r, coordinators, week, lastWeek));
            }
        }
        long attention = all.stream().filter(h -> !h.signals().isEmpty()).count();
        if (!coordinators.isEmpty()) {
            digest(p, week, coordinators, taking, Map.of("program", p.name(), "relationships", all.size(),
                    "attention", attention, "participants", taking.size()));
        }
    }

    /**
     * The week's summary for the coordinators, once: who joined since the last one (the participants it
     * has not counted before), and how many feedback answers are outstanding while feedback runs.
     */
    private void digest(Program p, String week, List<String> coordinators, List<Participant> taking,
            Map<String, Object> counts) {
        String cause = "digest:" + p.id() + ":" + week;
        Outstanding forms = outstanding;
        Integer owed = forms == null ? null : forms.answers(p.id());
        db.inTransaction(c -> {
            if (Items.told(c, coordinators.get(0), cause)) {
                return null;
            }
            java.util.Set<String> known = new java.util.HashSet<>(Known.participants(c, p.id()));
            List<String> newcomers = taking.stream().map(Participant::personId).filter(x -> !known.contains(x))
                    .toList();
            Known.add(c, p.id(), newcomers);
            Map<String, Object> args = new HashMap<>(counts);
            args.put("newcomers", newcomers.size());
            args.put("feedback", owed == null ? "off" : "on");
            args.put("outstanding", owed == null ? 0 : owed);
            told(c, coordinators, who -> new Notice(who, Category.DIGEST, cause, "program.digest", args,
                    "#/admin/" + p.id()));
            return null;
        });
    }

    /** Both partners first; the coordinators too when the partners were nudged last week already. */
    private void quiet(Program p, Relationship r, List<String> coordinators, String week, String lastWeek) {
        Map<String, Person> members = new HashMap<>();
        people.findAll(r.members().stream().map(Member::personId).toList()).forEach(x -> members.put(x.id(), x));
        String title = Reactions.title(r, members);
        db.inTransaction(c -> {
            boolean persists = false;
            for (Person m : members.values()) {
                persists |= Items.told(c, m.id(), "quiet:" + r.id() + ":" + lastWeek);
                notifier.tell(c, new Notice(m.id(), Category.QUIET, "quiet:" + r.id() + ":" + week, "quiet",
                        Map.of("title", title), "#/relationship/" + r.id()), m);
            }
            if (persists) {
                told(c, coordinators, who -> new Notice(who, Category.QUIET, "quiet-coordinator:" + r.id() + ":" + week,
                        "quiet.coordinator", Map.of("title", title, "program", p.name()), "#/admin/" + p.id()));
            }
            return null;
        });
    }

    private void told(Connection c, List<String> who, java.util.function.Function<String, Notice> notice)
            throws SQLException {
        for (Person p : people.findAll(who)) {
            notifier.tell(c, notice.apply(p.id()), p);
        }
    }

    /** The ISO week of an instant, such as {@code 2026-W49}: a nudge's and a summary's period. */
    static String week(Instant at) {
        var d = at.atZone(ZoneOffset.UTC).toLocalDate();
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
