package org.tandem.feedback.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.internal.store.Forms;
import org.tandem.feedback.internal.store.Schedules;
import org.tandem.feedback.internal.store.Schedules.Schedule;
import org.tandem.feedback.internal.store.Schedules.Trigger;
import org.tandem.model.Feature;
import org.tandem.model.RelationshipRepository;
import org.tandem.workflow.api.WorkflowEvents;

/**
 * Sends forms when the workflow says so and when they fall due, and reminds people of unanswered
 * forms (posting {@value #REMINDER} for the notifications feature). Every node checks; the database
 * decides which node sends a due form, so each is sent once.
 */
@Component(service = EventHandler.class, configurationPid = FeedbackConfig.PID,
        property = {Feature.PROPERTY + "=feedback",
                EventConstants.EVENT_TOPIC + "=" + WorkflowEvents.TRANSITIONED,
                EventConstants.EVENT_TOPIC + "=" + WorkflowEvents.MEETING_HELD},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
@Designate(ocd = FeedbackConfig.class)
public class Dispatcher implements EventHandler {
    /** A reminder of an unanswered form. Properties: personId, formId, templateKey, reminders. */
    public static final String REMINDER = "org/tandem/feedback/REMINDER";
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private final Schedules schedules;
    private final Sending sending;
    private final Forms forms;
    private final RelationshipRepository relationships;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-feedback");
        t.setDaemon(true);
        return t;
    });
    private volatile FeedbackConfig config;
    private ScheduledFuture<?> task;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public Dispatcher(@Reference Schedules schedules, @Reference Sending sending, @Reference Forms forms,
            @Reference RelationshipRepository relationships, FeedbackConfig config) {
        this.schedules = schedules;
        this.sending = sending;
        this.forms = forms;
        this.relationships = relationships;
        modified(config);
    }

    @Modified
    synchronized void modified(FeedbackConfig c) {
        config = c;
        if (task != null) {
            task.cancel(false);
        }
        task = timer.scheduleWithFixedDelay(this::check, c.checkSeconds(), Math.max(1, c.checkSeconds()),
                TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        String relationshipId = (String) event.getProperty(WorkflowEvents.RELATIONSHIP);
        String programId = (String) event.getProperty(WorkflowEvents.PROGRAM);
        if (relationshipId == null || programId == null) {
            return;
        }
        String to = String.valueOf(event.getProperty(WorkflowEvents.TO));
        boolean meeting = WorkflowEvents.MEETING_HELD.equals(event.getTopic());
        for (Schedule s : schedules.ofProgram(programId)) {
            boolean fires = meeting ? s.trigger() == Trigger.MEETING_HELD
                    : s.trigger() == Trigger.MATCHED && "NEGOTIATING".equals(to)
                    || s.trigger() == Trigger.CLOSING && "CLOSING".equals(to)
                    || s.trigger() == Trigger.PHASE_CHANGE && to.equals(s.phase());
            if (fires) {
                start(s, relationshipId, meeting ? "a meeting was held" : "the relationship entered " + to);
            }
        }
    }

    private void start(Schedule s, String relationshipId, String why) {
        try {
            if (s.delayDays() == 0) {
                sending.send(relationshipId, s.templateKey(), s.recipients(), s.answerWithinDays(), why);
                if (s.repeatDays() > 0) {
                    schedules.due(s.id(), relationshipId, Instant.now().plus(Duration.ofDays(s.repeatDays())));
                }
            } else {
                schedules.due(s.id(), relationshipId, Instant.now().plus(Duration.ofDays(s.delayDays())));
            }
        } catch (RuntimeException e) {
            LOG.warn("Feedback schedule {} could not send {} to relationship {}: {}", s.id(), s.templateKey(),
                    relationshipId, e.getMessage());
        }
    }

    /** Sends what fell due and reminds those who have not answered. */
    void check() {
        try {
            Instant now = Instant.now();
            for (Schedules.Due d : schedules.dueBy(now)) {
                if (schedules.take(d)) {
                    schedules.find(d.scheduleId()).ifPresent(s -> {
                        sending.send(d.relationshipId(), s.templateKey(), s.recipients(), s.answerWithinDays(),
                                "scheduled");
                        if (s.repeatDays() > 0 && relationships.find(d.relationshipId()).isPresent()) {
                            schedules.due(s.id(), d.relationshipId(), now.plus(Duration.ofDays(s.repeatDays())));
                        }
                    });
                }
            }
            remind(now);
        } catch (RuntimeException e) {
            LOG.warn("Could not check for due feedback forms (will retry): {}", e.getMessage());
        }
    }

    private void remind(Instant now) {
        Instant before = now.minus(Duration.ofHours(config.reminderAfterHours()));
        for (Forms.Recipient r : forms.unanswered(before, before)) {
            Event reminder = forms.reminded(r, before, REMINDER, () -> Map.of("personId", r.personId(), "formId",
                    r.formId(), "templateKey", forms.find(r.formId()).map(Forms.Form::templateKey).orElse(""),
                    "reminders", r.reminders() + 1));
            if (reminder != null) {
                LOG.info("Reminded person {} of feedback form {} ({}), reminder {}", r.personId(), r.formId(),
                        reminder.getProperty("templateKey"), r.reminders() + 1);
                EventAdmin admin = events;
                if (admin != null) {
                    admin.postEvent(reminder);
                }
            }
        }
    }
}
