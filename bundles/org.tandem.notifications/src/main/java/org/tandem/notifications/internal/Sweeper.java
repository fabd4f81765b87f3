package org.tandem.notifications.internal;

import static org.tandem.notifications.internal.Texts.TEXT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.notifications.internal.store.Items;
import org.tandem.notifications.internal.store.Meetings;
import org.tandem.notifications.internal.store.NotifyDatabase;
import org.tandem.notifications.internal.store.People;

/**
 * What falls due with time: the reminder before a meeting, and the daily and weekly summaries of
 * those who chose them. Every node looks; a conditional update decides which node tells, so each
 * reminder and each summary goes out once.
 */
@Component(service = Sweeper.class, immediate = true, configurationPid = NotificationsConfig.PID,
        property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class Sweeper {
    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
    private static final int MOST_ENTRIES = 50;
    private final NotifyDatabase db;
    private final Notifier notifier;
    private final RelationshipRepository relationships;
    private final PersonRepository people;
    private final Periodic timer = new Periodic("tandem-reminders");
    private volatile NotificationsConfig config;

    @Activate
    public Sweeper(@Reference NotifyDatabase db, @Reference Notifier notifier,
            @Reference RelationshipRepository relationships, @Reference PersonRepository people,
            NotificationsConfig config) {
        this.db = db;
        this.notifier = notifier;
        this.relationships = relationships;
        this.people = people;
        modified(config);
    }

    @Modified
    synchronized void modified(NotificationsConfig c) {
        config = c;
        long every = Math.max(1, c.checkSeconds());
        timer.run(this::sweep, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.stop();
    }

    void sweep() {
        try {
            remind(Instant.now());
            digests(Mode.DAILY, Duration.ofDays(1));
            digests(Mode.WEEKLY, Duration.ofDays(7));
        } catch (RuntimeException e) {
            LOG.warn("Could not look for meeting reminders and summaries (will retry): {}", e.toString());
        }
    }

    private void remind(Instant now) {
        List<Meetings.Meeting> due = db.inTransaction(c -> Meetings.toRemind(c, now,
                now.plus(Duration.ofHours(config.reminderHours()))));
        for (Meetings.Meeting m : due) {
            Relationship r = relationships.find(m.relationshipId()).orElse(null);
            if (r == null) {
                continue;
            }
            Map<String, Person> members = new java.util.HashMap<>();
            people.findAll(r.members().stream().map(Member::personId).toList()).forEach(p -> members.put(p.id(), p));
            db.inTransaction(c -> {
                if (Meetings.takeReminder(c, m.id())) {
                    for (Person p : members.values()) {
                        notifier.tell(c, new Notice(p.id(), Category.MEETING_REMINDER, "meeting-reminder:" + m.id()
                                + ":" + m.startsAt().toEpochMilli(), "meeting.reminder", Map.of("title",
                                        Reactions.title(r, members), "when", m.startsAt().toEpochMilli(), "minutes",
                                        m.minutes()), "#/relationship/" + r.id()), p);
                    }
                }
                return null;
            });
        }
    }

    private void digests(Mode kind, Duration every) {
        if (!notifier.mail().configured()) {
            return;
        }
        for (String personId : db.inTransaction(c -> Items.peopleWaitingForDigest(c, kind.name()))) {
            try {
                db.inTransaction(c -> digest(c, personId, kind, every));
            } catch (RuntimeException e) {
                LOG.debug("Summary for {} taken by another node: {}", personId, e.getMessage());
            }
        }
    }

    private Void digest(Connection c, String personId, Mode kind, Duration every) throws SQLException {
        List<Items.Item> items = Items.waitingForDigest(c, personId, kind.name());
        Person p = people.find(personId).orElse(null);
        if (items.isEmpty() || items.get(0).createdAt().isAfter(Instant.now().minus(every))) {
            return null;
        }
        Items.takeForDigest(c, items, kind.name());
        if (p == null || p.email() == null || p.email().isBlank()) {
            return null;
        }
        Locale language = Notifier.language(p);
        List<Rendering.Entry> entries = items.stream().limit(MOST_ENTRIES).map(i -> {
            Map<String, Object> args = Words.parse(i.args());
            return new Rendering.Entry(Words.subject(language, i.key(), args), Words.body(language, i.key(), args));
        }).toList();
        String subject = TEXT.format(language, "digest.subject", "count", items.size());
        Rendering.Rendered r = Rendering.mail(language, p.displayName(), subject,
                List.of(TEXT.format(language, "digest.body")), entries,
                notifier.links(c, language, p, People.mailToken(c, p.id()), null));
        notifier.queue(c, p, items.get(0).category(), subject, r);
        return null;
    }
}
