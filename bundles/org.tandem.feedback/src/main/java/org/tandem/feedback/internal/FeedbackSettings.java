package org.tandem.feedback.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/** The feedback configuration in force, changed without restarting the components that read it. */
@Component(service = FeedbackSettings.class, configurationPid = FeedbackConfig.PID,
        property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class FeedbackSettings {
    private volatile FeedbackConfig config;

    @Activate
    public FeedbackSettings(FeedbackConfig config) {
        this.config = config;
    }

    @Modified
    void modified(FeedbackConfig c) {
        config = c;
    }

    /** k: the fewest respondents an aggregate is shown for (never below 2). */
    public int minimumGroupSize() {
        return Math.max(2, config.minimumGroupSize());
    }
}
