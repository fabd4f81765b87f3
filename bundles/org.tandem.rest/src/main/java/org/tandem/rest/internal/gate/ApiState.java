package org.tandem.rest.internal.gate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Filter;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.rest.api.RestApi;

/**
 * Whether the REST API serves what it should: every resource registered for it is served (or refused,
 * for good), the feature switch has started what should run, and nothing changed for a moment. The
 * JAX-RS whiteboard republishes the whole application whenever a resource comes or goes (a feature
 * switched, a restart), and answers 404 meanwhile; {@link ApiGate} holds requests until this settles.
 * It looks at the runtime only after a change (a service event), never in a steady state.
 */
@Component(service = ApiState.class, immediate = true)
public class ApiState {
    private static final Logger LOG = LoggerFactory.getLogger(ApiState.class);
    /** Looks 50 ms apart; settled after this many looks that saw the same served set. */
    private static final int QUIET_LOOKS = 6;
    /** Still changing after this long: something is refused for good; stop holding requests. */
    private static final long GIVE_UP_MILLIS = 15_000;
    static final Set<String> CORE = Set.of("tandem.health", "tandem.programs", "tandem.people",
            "tandem.relationships");
    private static final String WATCHED = "(|(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)("
            + JaxrsWhiteboardConstants.JAX_RS_EXTENSION + "=true)(" + Constants.OBJECTCLASS + "="
            + JaxrsServiceRuntime.class.getName() + ")(tandem.features.applied=true))";

    private final BundleContext context;
    private final JaxrsServiceRuntime runtime;
    private final boolean switched;
    private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-api-state");
        t.setDaemon(true);
        return t;
    });
    /**
     * Told of a change before any listener is (a hook runs ahead of delivery): the whiteboard tears the
     * application down inside its own listener, so a listener of ours would hear of it only after.
     */
    private void changed(ServiceEvent event) {
        if (watched.match(event.getServiceReference())) {
            unsettle();
        }
    }

    private final Filter watched;
    private ServiceRegistration<EventListenerHook> hook;
    private Set<Long> lastServed = Set.of();
    private int quiet;
    // written under this object's lock, read without it: every API request asks, in a steady state
    private volatile boolean settled;
    private long changingSince = System.currentTimeMillis();
    private volatile boolean gaveUp;
    private volatile long changes;
    /** A resource missing this long is registered again (see {@link #heal}). */
    private static final long HEAL_AFTER_MILLIS = 5_000;
    private final Missing lost = new Missing(HEAL_AFTER_MILLIS);
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ServiceComponentRuntime scr;

    @Activate
    public ApiState(BundleContext context, @Reference JaxrsServiceRuntime runtime) throws InvalidSyntaxException {
        this.context = context;
        this.runtime = runtime;
        switched = Arrays.stream(context.getBundles()).anyMatch(b -> "org.tandem.features".equals(b.getSymbolicName()));
        watched = context.createFilter(WATCHED);
        hook = context.registerService(EventListenerHook.class, (event, listeners) -> changed(event), null);
        looker.scheduleWithFixedDelay(this::look, 0, 50, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        hook.unregister();
        looker.shutdownNow();
        synchronized (this) {
            settled = true; // release anyone waiting: the framework or this bundle is stopping
            notifyAll();
        }
    }

    /** Whether the API serves what it should (or has stopped changing long enough to say so). */
    public boolean settled() {
        return settled || gaveUp;
    }

    /** Whether the API serves everything it should (not merely given up waiting for it). */
    public boolean serving() {
        return settled;
    }

    /** Waits up to {@code millis} for the API to settle; whether it did. */
    public boolean awaitSettled(long millis) throws InterruptedException {
        return settled() || awaitChange(millis);
    }

    private synchronized boolean awaitChange(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        for (long left = millis; !settled() && left > 0; left = until - System.currentTimeMillis()) {
            wait(left);
        }
        return settled();
    }

    /** How often the API started changing since this component started; a request compares before and after. */
    public long changes() {
        return changes;
    }

    private synchronized void unsettle() {
        changes++;
        if (settled || gaveUp) {
            changingSince = System.currentTimeMillis();
        }
        settled = false;
        gaveUp = false;
        quiet = 0;
    }

    /** One look while changing; never throws (the runtime's DTOs can be half-built during a republish). */
    private void look() {
        synchronized (this) {
            if (settled || gaveUp) {
                return;
            }
        }
        boolean now;
        try {
            now = serves();
        } catch (RuntimeException e) {
            now = false;
            LOG.debug("The REST API is changing; looking again", e);
        }
        synchronized (this) {
            quiet = now ? quiet + 1 : 0;
            if (quiet >= QUIET_LOOKS) {
                settled = true;
                notifyAll();
            } else if (System.currentTimeMillis() - changingSince > GIVE_UP_MILLIS) {
                gaveUp = true;
                notifyAll();
                LOG.warn("The REST API has not settled for {} s: requests are let through as they come; see the"
                        + " JAX-RS whiteboard's refusals above", GIVE_UP_MILLIS / 1000);
            }
        }
    }

    /** Every registered resource is served or refused, the core is served, and the served set held still. */
    private boolean serves() {
        if (!featuresStarted()) {
            return false; // asked first: the runtime's DTO is costly, and while features start it changes anyway
        }
        RuntimeDTO dto = runtime.getRuntimeDTO();
        ApplicationDTO app = Arrays.stream(dto.applicationDTOs).filter(a -> RestApi.APPLICATION_NAME.equals(a.name))
                .findFirst().orElse(null);
        if (app == null) {
            return false;
        }
        ResourceDTO[] resources = app.resourceDTOs == null ? new ResourceDTO[0] : app.resourceDTOs;
        Set<String> names = Arrays.stream(resources).map(r -> r.name).collect(Collectors.toSet());
        Set<Long> served = Arrays.stream(resources).map(r -> r.serviceId).collect(Collectors.toSet());
        Set<Long> accounted = new HashSet<>(served);
        for (FailedResourceDTO f : dto.failedResourceDTOs == null ? new FailedResourceDTO[0] : dto.failedResourceDTOs) {
            accounted.add(f.serviceId);
        }
        boolean same = served.equals(lastServed);
        lastServed = served;
        Set<Long> missing = new HashSet<>(registered());
        missing.removeAll(accounted);
        heal(missing);
        return same && names.containsAll(CORE) && missing.isEmpty();
    }

    /**
     * A resource registered for a while, but neither served nor refused, was lost by the whiteboard
     * (Aries component-dsl 1.2.2 drops a service registered while another thread registers one): its
     * component is disabled and enabled again, which registers it anew.
     */
    private void heal(Set<Long> missing) {
        lost.due(missing, System.currentTimeMillis()).forEach(this::reregister);
    }

    private void reregister(long serviceId) {
        ServiceComponentRuntime runtime = scr;
        ServiceReference<?>[] refs;
        try {
            refs = context.getServiceReferences((String) null, "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        Object name = refs == null ? null : refs[0].getProperty(ComponentConstants.COMPONENT_NAME);
        ComponentDescriptionDTO component = runtime == null || name == null || refs[0].getBundle() == null ? null
                : runtime.getComponentDescriptionDTO(refs[0].getBundle(), name.toString());
        if (component == null) {
            LOG.warn("The REST API does not serve resource service {} and it cannot be registered again", serviceId);
            return;
        }
        LOG.warn("The JAX-RS whiteboard lost resource {} ({}): registering it again", name, serviceId);
        runtime.disableComponent(component).onResolve(() -> runtime.enableComponent(component));
    }

    /** Whether the feature switch (where installed) has started every feature that should run. */
    private boolean featuresStarted() {
        try {
            return !switched || context.getServiceReferences((String) null, "(tandem.features.applied=true)") != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<Long> registered() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(&("
                    + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)(" + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT
                    + "=" + RestApi.APPLICATION_SELECT.replace("(", "\\(").replace(")", "\\)") + "))");
            return refs == null ? Set.of() : Arrays.stream(refs).map(r -> (Long) r.getProperty(Constants.SERVICE_ID))
                    .collect(Collectors.toSet());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
