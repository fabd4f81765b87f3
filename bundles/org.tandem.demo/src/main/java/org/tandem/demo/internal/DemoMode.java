package org.tandem.demo.internal;

import java.net.URI;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;

/**
 * Decides whether try-it mode runs: only when switched on, and never on an https address unless forced
 * (sample people whom anyone can open Tandem as do not belong on a public server). When it runs, it
 * registers {@link TryItMode}, which everything else of this bundle needs.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.tandem.demo.internal.TryItMode\"")
@Component(configurationPid = DemoConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = Feature.PROPERTY + "=lti")
@Designate(ocd = DemoConfig.class)
public class DemoMode {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);
    private ServiceRegistration<TryItMode> registration;

    @Activate
    public DemoMode(BundleContext context, DemoConfig config) {
        String base = config.baseUrl().replaceAll("/+$", "");
        if (!config.enabled()) {
            return;
        }
        String refusal = refusal(base, config.force());
        if (refusal != null) {
            LOG.error(refusal);
            return;
        }
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Feature.PROPERTY, "lti");
        registration = context.registerService(TryItMode.class, new TryItMode(base), props);
        LOG.info("Try-it mode: a sample platform and a sample program at {}/ (sample data, nothing real)", base);
    }

    /** Why try-it mode does not run at this address, or null when it may. */
    static String refusal(String base, boolean force) {
        String scheme = URI.create(base).getScheme();
        if ("https".equals(scheme == null ? "" : scheme.toLowerCase(Locale.ROOT)) && !force) {
            return "Try-it mode refuses to run at " + base + ": on an https (public) address anyone could open Tandem"
                    + " as any sample person. Use it on your own machine (http://127.0.0.1), or set"
                    + " TANDEM_DEMO_FORCE=true if this server is private.";
        }
        return null;
    }

    @Deactivate
    void stop() {
        if (registration != null) {
            registration.unregister();
        }
    }
}
