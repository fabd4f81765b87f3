package org.tandem.lti.internal.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.api.Gradebook;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.store.ContextStore;
import org.tandem.lti.internal.store.ContextStore.CourseLink;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.lti.internal.store.ScoreOutbox;
import org.tandem.lti.internal.store.ScoreOutbox.Score;
import org.tandem.model.Feature;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * {@link Gradebook} over AGS: each score goes to the outbox first, then to every course of the
 * program with a gradebook, now and (if the platform failed) again later. Several nodes may retry the
 * same score; AGS keeps the latest score per person and line item, so a repeat changes nothing.
 */
@Component(service = {Gradebook.class, GradebookComponent.class}, property = Feature.PROPERTY + "=lti-advantage",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
public class GradebookComponent implements Gradebook {
    private static final Logger LOG = LoggerFactory.getLogger(GradebookComponent.class);
    private final ScoreOutbox outbox;
    private final ContextStore contexts;
    private final PlatformStore platforms;
    private final PersonRepository people;
    private final Ags ags;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-lti-gradebook");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public GradebookComponent(@Reference ScoreOutbox outbox, @Reference ContextStore contexts,
            @Reference PlatformStore platforms, @Reference PersonRepository people, @Reference AccessTokens tokens) {
        this.outbox = outbox;
        this.contexts = contexts;
        this.platforms = platforms;
        this.people = people;
        this.ags = new Ags(tokens);
        worker.scheduleWithFixedDelay(this::deliverDue, 1, 1, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public void publish(String programId, String personId, Milestone milestone, double given) {
        if (given < 0 || given > milestone.maximum()) {
            throw new IllegalArgumentException("A score of " + given + " is outside 0.." + milestone.maximum());
        }
        outbox.add(programId, personId, milestone.tag(), milestone.label(), milestone.maximum(), given);
        // One pass over everything due, on the single worker: delivering the new score directly and then
        // the due ones sent a score twice when two were published together (the second was due already).
        worker.execute(this::deliverDue);
    }

    /** Delivers the scores whose next attempt is due (also those a restart interrupted). */
    public void deliverDue() {
        try {
            outbox.due(100).forEach(this::deliver);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the scores waiting for delivery (will retry in a minute): {}", e.getMessage());
        }
    }

    private void deliver(Score s) {
        try {
            outbox.delivered(s.id(), send(s));
        } catch (ServiceException | IllegalArgumentException e) {
            LOG.warn("Score '{}' of person {} in program {} not delivered (attempt {} of {}): {}", s.tag(),
                    s.personId(), s.programId(), s.attempts() + 1, ScoreOutbox.MAX_ATTEMPTS, e.getMessage());
            outbox.failed(s, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Score {} could not be delivered", s.id(), e);
            outbox.failed(s, String.valueOf(e.getMessage()));
        }
    }

    /** @return what happened, kept with the score (e.g. which courses took it) */
    private String send(Score s) {
        Optional<Person> person = people.find(s.personId());
        if (person.isEmpty()) {
            return "the person no longer exists";
        }
        List<String> sentTo = new ArrayList<>();
        for (CourseLink course : contexts.byProgram(s.programId())) {
            Optional<Registration> platform = platforms.find(course.platformId());
            if (course.lineItemsUrl() == null || platform.isEmpty()
                    || !platform.get().issuer().equals(person.get().issuer())) {
                continue; // no gradebook there, or the person is not a user of that platform
            }
            String item = ags.lineItem(platform.get(), course.lineItemsUrl(), s.tag(), s.label(), s.maximum());
            ags.score(platform.get(), item, person.get().subject(), s.given(), s.maximum(), s.label());
            sentTo.add(platform.get().name() + " course " + course.contextId());
        }
        return sentTo.isEmpty() ? "no course gradebook for this person" : "sent to " + String.join(", ", sentTo);
    }
}
