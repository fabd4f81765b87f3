package org.tandem.lti.internal;

import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.tandem.model.Feature;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * The tool's configuration, read at each use. Changes arrive through {@link Modified}, so no endpoint
 * is unregistered and registered again when File Install delivers or changes {@code org.tandem.lti.cfg}:
 * the JAX-RS whiteboard does not cope with resources that churn while it republishes.
 */
@Component(service = LtiSettings.class, configurationPid = LtiConfig.PID, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
@Designate(ocd = LtiConfig.class)
public class LtiSettings {
    private volatile LtiConfig config;

    @Activate
    @Modified
    void configure(LtiConfig c) {
        this.config = c;
    }

    /** The tool's public address, without a trailing slash. */
    public String baseUrl() {
        String base = config.baseUrl().trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    public String toolName() {
        return config.toolName();
    }

    public Duration sessionLifetime() {
        return Duration.ofMinutes(Math.max(5, config.sessionMinutes()));
    }

    public Duration keyOverlap() {
        return Duration.ofHours(Math.max(0, config.keyOverlapHours()));
    }

    public Duration keyRefetchInterval() {
        return Duration.ofSeconds(Math.max(1, config.keyRefetchSeconds()));
    }
}
