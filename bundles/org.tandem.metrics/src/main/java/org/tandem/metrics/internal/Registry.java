package org.tandem.metrics.internal;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;

/**
 * The one Micrometer registry of this server, in the service registry as {@link MeterRegistry} (a
 * bundle records what it counts there) and as {@link PrometheusMeterRegistry} (for the scrape). A
 * feature can also offer its gauges as a {@link MeterBinder} service: they are bound while it runs and
 * removed when it stops, so a feature switched off leaves no series behind.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"io.micrometer.core.instrument.MeterRegistry,"
        + "io.micrometer.prometheusmetrics.PrometheusMeterRegistry\"", uses = {MeterRegistry.class, PrometheusMeterRegistry.class})
@Component(service = {}, immediate = true)
public class Registry {
    private static final Logger LOG = LoggerFactory.getLogger(Registry.class);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<MeterBinder, Set<Meter.Id>> bound = new IdentityHashMap<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private ServiceRegistration<?> registration;

    @Activate
    void start(BundleContext context) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        registration = context.registerService(new String[] {MeterRegistry.class.getName(),
            PrometheusMeterRegistry.class.getName()}, registry, new java.util.Hashtable<>(Map.of(Feature.PROPERTY, "core")));
    }

    @Deactivate
    void stop() {
        registration.unregister();
        gc.close();
        registry.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bind(MeterBinder binder) {
        Set<Meter.Id> before = ids();
        try {
            binder.bindTo(registry);
        } catch (RuntimeException e) {
            LOG.warn("Metrics of {} could not be registered: {}", binder.getClass().getName(), e.toString(), e);
        }
        Set<Meter.Id> added = ids();
        added.removeAll(before);
        bound.put(binder, added);
    }

    synchronized void unbind(MeterBinder binder) {
        Set<Meter.Id> ids = bound.remove(binder);
        if (ids != null) {
            ids.forEach(registry::remove);
        }
    }

    private Set<Meter.Id> ids() {
        Set<Meter.Id> ids = new HashSet<>();
        registry.forEachMeter(m -> ids.add(m.getId()));
        return ids;
    }
}
