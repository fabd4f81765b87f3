package org.tandem.matching.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.matching.internal.store.Request;
import org.tandem.model.Feature;
import org.tandem.model.ProgramRepository;

/**
 * Every {@code checkSeconds}, expires the requests mentors left unanswered past their date and moves
 * each on to the mentee's next best mentor. Safe on several nodes: a request is expired by one only.
 */
@Component(service = RequestSweeper.class, immediate = true, configurationPid = MatchingConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = Feature.PROPERTY + "=matching",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = MatchingFeature.ON))
@Designate(ocd = MatchingConfig.class)
public class RequestSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(RequestSweeper.class);
    private final Matching matching;
    private final ProgramRepository programs;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-matching-requests");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public RequestSweeper(@Reference Matching matching, @Reference ProgramRepository programs, MatchingConfig config) {
        this.matching = matching;
        this.programs = programs;
        long every = Math.max(1, config.checkSeconds());
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    void sweep() {
        try {
            for (Request r : matching.overdue()) {
                programs.find(r.programId()).ifPresent(p -> {
                    if (matching.expire(p, r)) {
                        LOG.info("Matching request {} to mentor {} expired unanswered", r.id(), r.mentorId());
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Checking overdue matching requests failed; trying again in the next round", e);
        }
    }
}
