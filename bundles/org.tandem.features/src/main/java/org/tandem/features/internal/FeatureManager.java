package org.tandem.features.internal;

import static org.tandem.features.internal.Texts.TEXT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.feature.FeatureService;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.ConflictException;
import org.tandem.model.NotFoundException;
import org.tandem.rest.api.Messages;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;

/**
 * Runs exactly the features that are switched on, installed in this runtime, and whose requirements
 * run: for each it registers an {@link ActiveFeature}, which the feature's components require. The
 * switches live in the database ({@code tandem_features}); every node re-reads them every few seconds,
 * so a switch made on one node reaches all. Data is never touched: a feature switched on again finds
 * its tables as it left them.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.tandem.features.api.ActiveFeature",
        uses = ActiveFeature.class)
@Component(service = FeatureManager.class, configurationPid = FeaturesConfig.PID, immediate = true)
@Designate(ocd = FeaturesConfig.class)
public class FeatureManager {
    private static final Logger LOG = LoggerFactory.getLogger(FeatureManager.class);
    private final Database db;
    private final BundleContext context;
    private final Definitions definitions;
    private final Map<String, ServiceRegistration<ActiveFeature>> markers = new HashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-features");
        t.setDaemon(true);
        return t;
    });
    private String appliedConfig = "";
    /** The service property of the marker registered once the features have first been started. */
    static final String APPLIED = "tandem.features.applied";
    private ServiceRegistration<Object> applied;

    @Activate
    public FeatureManager(@Reference Database db, @Reference FeatureService featureService, BundleContext context,
            FeaturesConfig config) throws IOException {
        this.db = db;
        this.context = context;
        this.definitions = Definitions.shipped(featureService, context.getBundle());
        db.migrate("org.tandem.features", FeatureManager.class.getClassLoader(),
                List.of("org/tandem/features/internal/V1__features.sql"));
        context.addFrameworkListener(frameworkStarted);
        context.addBundleListener(bundleChanged);
        configure(config);
        // markers start the features' components, some of which need this component: never from its own activation
        poller.scheduleWithFixedDelay(this::sync, 0, Math.max(1, config.pollSeconds()), TimeUnit.SECONDS);
    }

    /**
     * Features start once the framework has started its bundles (its STARTED event; where that came
     * before this component, as in a test container, once no bundle changed for half a second; after a
     * minute in any case): the JAX-RS whiteboard (Aries component-dsl 1.2.2, {@code OSGi.splitBy}) loses a
     * resource registered while another thread registers one, so features must not start while the
     * framework's start-level thread still activates components.
     */
    private boolean frameworkStarted() {
        long now = System.currentTimeMillis();
        if (started || now - activated > 60_000) {
            return true;
        }
        int level = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
        int highest = 1;
        for (Bundle b : context.getBundles()) {
            BundleStartLevel l = b.adapt(BundleStartLevel.class);
            highest = l == null ? highest : Math.max(highest, l.getStartLevel());
        }
        return level >= highest && now - lastBundleEvent > 500;
    }

    private final long activated = System.currentTimeMillis();
    private volatile boolean started;
    private volatile long lastBundleEvent = System.currentTimeMillis();
    private final BundleListener bundleChanged = e -> lastBundleEvent = System.currentTimeMillis();
    private final FrameworkListener frameworkStarted = e -> {
        if (e.getType() == FrameworkEvent.STARTED) {
            started = true;
            poller.execute(this::sync);
        }
    };

    @Modified
    void configure(FeaturesConfig config) {
        String wanted = config.enabled().trim();
        if (!wanted.isEmpty() && !wanted.equals(appliedConfig)) {
            applyConfigured(new LinkedHashSet<>(Arrays.stream(wanted.split("\\s*,\\s*")).filter(s -> !s.isEmpty())
                    .toList()));
        }
        appliedConfig = wanted;
        poller.execute(this::sync);
    }

    @Deactivate
    synchronized void stop() {
        context.removeFrameworkListener(frameworkStarted);
        context.removeBundleListener(bundleChanged);
        poller.shutdownNow();
        markers.values().forEach(ServiceRegistration::unregister);
        markers.clear();
        if (applied != null) {
            applied.unregister();
            applied = null;
        }
    }

    /** Every defined feature and its state on this node. */
    public List<FeatureState> states() {
        Map<String, Boolean> switches = switches();
        Set<String> active = active(switches);
        List<FeatureState> out = new ArrayList<>();
        for (Definition d : definitions.all().values()) {
            out.add(new FeatureState(d.name(), d.title(), d.description(), d.requires(), d.bundles(),
                    d.configurations().keySet(), installed(d), on(d, switches), active.contains(d.name()),
                    reason(d, switches, active)));
        }
        return out;
    }

    /**
     * Switches a feature on or off for every node.
     *
     * @throws ConflictException if that would leave a feature without what it needs (the message says which)
     */
    public synchronized void set(String name, boolean enabled) {
        Definition d = definitions.get(name);
        if (d == null) {
            throw new NotFoundException(TEXT.format("feature.unknown", "name", name, "all",
                    String.join(", ", definitions.all().keySet())));
        }
        Map<String, Boolean> switches = switches();
        if (!enabled) {
            if (Definition.CORE.equals(name)) {
                throw new ConflictException(TEXT.format("feature.core"));
            }
            List<String> dependents = definitions.dependentsOf(name).stream()
                    .filter(n -> on(definitions.get(n), switches)).sorted().toList();
            if (!dependents.isEmpty()) {
                throw new ConflictException(TEXT.format("feature.dependents", "n", dependents.size(), "dependents",
                        String.join(", ", dependents), "all", Messages.allOf(dependents), "name", name));
            }
        } else {
            if (!installed(d)) {
                throw new ConflictException(TEXT.format("feature.not-installed", "name", name, "bundles",
                        String.join(", ", d.bundles())));
            }
            List<String> missing = d.requires().stream().filter(r -> !on(definitions.get(r), switches)).sorted()
                    .toList();
            if (!missing.isEmpty()) {
                throw new ConflictException(TEXT.format("feature.requires", "name", name, "missing",
                        Messages.allOf(missing)));
            }
        }
        store(Map.of(name, enabled));
        LOG.info("Feature {} switched {}", name, enabled ? "on" : "off");
        poller.execute(this::sync); // not on the request's thread, which the republished API may wait for
    }

    /** The configuration's set: listed features on, the others off; an impossible set is explained in the log. */
    private void applyConfigured(Set<String> listed) {
        for (String n : listed) {
            if (definitions.get(n) == null) {
                LOG.error("The configuration {} names a feature '{}' that features/ does not define (defined: {}); it"
                        + " is ignored.", FeaturesConfig.PID, n, definitions.all().keySet());
            }
        }
        Map<String, Boolean> wanted = new TreeMap<>();
        for (Definition d : definitions.all().values()) {
            wanted.put(d.name(), Definition.CORE.equals(d.name()) || listed.contains(d.name()));
        }
        for (Definition d : definitions.all().values()) {
            for (String r : d.requires()) {
                if (wanted.get(d.name()) && !wanted.get(r)) {
                    LOG.error("The configuration {} switches {} on but not {}, which it needs: {} stays off until {} is"
                            + " on.", FeaturesConfig.PID, d.name(), r, d.name(), r);
                }
            }
        }
        store(wanted);
        LOG.info("Features switched by configuration: on {}", wanted.entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey).toList());
    }

    /** Registers and unregisters the markers so that exactly the active features have one. */
    synchronized void sync() {
        if (applied == null && !frameworkStarted()) {
            poller.schedule(this::sync, 250, TimeUnit.MILLISECONDS); // or the framework's STARTED event
            return;
        }
        Set<String> active;
        try {
            active = active(switches());
        } catch (RuntimeException e) {
            LOG.warn("Could not read the feature switches (keeping the features as they are): {}", e.getMessage());
            return;
        }
        for (String gone : new ArrayList<>(markers.keySet())) {
            if (!active.contains(gone)) {
                markers.remove(gone).unregister();
                LOG.info("Feature {} stopped", gone);
            }
        }
        for (String name : active) {
            if (!markers.containsKey(name)) {
                Dictionary<String, Object> props = new Hashtable<>(Map.of(ActiveFeature.PROPERTY, name));
                Definition d = definitions.all().get(name);
                if (d != null && d.title() != null) {
                    props.put(ActiveFeature.TITLE, d.title());
                }
                if (d != null && d.description() != null) {
                    props.put(ActiveFeature.DESCRIPTION, d.description());
                }
                markers.put(name, context.registerService(ActiveFeature.class, () -> name, props));
                LOG.info("Feature {} started", name);
            }
        }
        if (applied == null) {
            // every feature that should run has started (its components activated with its marker): the
            // ready line waits for this, or it would come while later features still arrive
            applied = context.registerService(Object.class, new Object(), new Hashtable<>(Map.of(APPLIED, true)));
        }
    }

    private Set<String> active(Map<String, Boolean> switches) {
        Set<String> active = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) { // a feature runs once everything it needs runs
            grew = false;
            for (Definition d : definitions.all().values()) {
                if (!active.contains(d.name()) && on(d, switches) && installed(d) && active.containsAll(d.requires())) {
                    grew = active.add(d.name());
                }
            }
        }
        return active;
    }

    private String reason(Definition d, Map<String, Boolean> switches, Set<String> active) {
        if (!installed(d)) {
            return "not installed in this runtime";
        }
        if (!on(d, switches)) {
            return "switched off";
        }
        List<String> waiting = d.requires().stream().filter(r -> !active.contains(r)).sorted().toList();
        return waiting.isEmpty() ? null : "needs " + String.join(" and ", waiting) + ", which does not run";
    }

    private static boolean on(Definition d, Map<String, Boolean> switches) {
        return Definition.CORE.equals(d.name()) || switches.getOrDefault(d.name(), true);
    }

    private boolean installed(Definition d) {
        Set<String> here = Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).collect(Collectors.toSet());
        return here.containsAll(d.bundles());
    }

    private Map<String, Boolean> switches() {
        return db.inTransaction(c -> Sql.query(c, "SELECT name, enabled FROM tandem_features",
                rs -> Map.entry(rs.getString(1), rs.getBoolean(2)))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void store(Map<String, Boolean> values) {
        db.inTransaction(c -> {
            for (Map.Entry<String, Boolean> e : values.entrySet()) {
                int updated = Sql.update(c, "UPDATE tandem_features SET enabled = ?, changed_at = ? WHERE name = ?",
                        e.getValue(), Sql.now(), e.getKey());
                if (updated == 0) {
                    Sql.update(c, "INSERT INTO tandem_features (name, enabled, changed_at) VALUES (?, ?, ?)",
                            e.getKey(), e.getValue(), Sql.now());
                }
            }
            return null;
        });
    }
}
