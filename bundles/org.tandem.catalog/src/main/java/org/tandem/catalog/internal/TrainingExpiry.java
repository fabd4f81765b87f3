package org.tandem.catalog.internal;

import java.time.LocalDate;
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
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.catalog.api.CatalogEvents;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * Tells a person, {@code expiryNoticeDays} ahead, that a completion of theirs lapses and is not renewed
 * ({@link CatalogEvents#TRAINING_EXPIRING}, journaled with the mark that they were told, so each
 * completion is announced once however many nodes look).
 */
@Component(service = TrainingExpiry.class, immediate = true, configurationPid = CatalogConfig.PID,
        property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
@Designate(ocd = CatalogConfig.class)
public class TrainingExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingExpiry.class);
    private final Completions completions;
    private final Courses courses;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-training-expiry");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> task;
    private volatile int noticeDays;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public TrainingExpiry(@Reference Completions completions, @Reference Courses courses, CatalogConfig config) {
        this.completions = completions;
        this.courses = courses;
        modified(config);
    }

    @Modified
    synchronized void modified(CatalogConfig config) {
        noticeDays = Math.max(0, config.expiryNoticeDays());
        if (task != null) {
            task.cancel(false);
        }
        long every = Math.max(1, config.expiryCheckSeconds());
        task = timer.scheduleWithFixedDelay(this::run, Math.min(every, 10), every, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    void run() {
        try {
            LocalDate today = LocalDate.now();
            for (Completion c : completions.lapsingUntold(today, today.plusDays(noticeDays))) {
                String title = courses.find(c.courseId()).map(Course::title).orElse("");
                Event e = completions.toldOfExpiry(c, CatalogEvents.TRAINING_EXPIRING, Map.of(CatalogEvents.PERSON,
                        c.personId(), CatalogEvents.COURSE, c.courseId(), CatalogEvents.COURSE_TITLE, title,
                        CatalogEvents.EXPIRES_ON, c.expiresOn().toString()));
                EventAdmin admin = events;
                if (e != null && admin != null) {
                    admin.postEvent(e);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for training completions that lapse soon (will look again): {}", e.toString());
        }
    }
}
