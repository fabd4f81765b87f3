package org.tandem.features.internal;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osgi.framework.Bundle;
import org.osgi.service.feature.Feature;
import org.osgi.service.feature.FeatureExtension;
import org.osgi.service.feature.FeatureService;

/**
 * The features defined in {@code features/*.json}, read with the OSGi Feature Service and checked:
 * every requirement names a defined feature, there is no cycle, and {@code core} exists.
 */
final class Definitions {
    static final String REQUIRES = "tandem-requires";
    private final Map<String, Definition> byName;

    private Definitions(Map<String, Definition> byName) {
        this.byName = byName;
    }

    /** The feature files this bundle ships in {@code features/}. */
    static Definitions shipped(FeatureService service, Bundle bundle) throws IOException {
        Map<String, Reader> files = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries("features", "*.json", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = url.getPath();
            files.put(path.substring(path.lastIndexOf('/') + 1), new InputStreamReader(url.openStream(),
                    StandardCharsets.UTF_8));
        }
        return read(service, files);
    }

    /** @param files the feature files by file name, e.g. {@code lti.json} */
    static Definitions read(FeatureService service, Map<String, Reader> files) throws IOException {
        Map<String, Definition> out = new TreeMap<>();
        for (Map.Entry<String, Reader> file : files.entrySet()) {
            Definition d = definition(service.readFeature(file.getValue()), file.getKey());
            if (out.put(d.name(), d) != null) {
                throw new IllegalStateException("Two feature files define '" + d.name() + "'");
            }
        }
        Definitions defs = new Definitions(out);
        defs.check();
        return defs;
    }

    Map<String, Definition> all() {
        return byName;
    }

    Definition get(String name) {
        return byName.get(name);
    }

    /** The features that need this one, directly or through others. */
    Set<String> dependentsOf(String name) {
        Set<String> out = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Definition d : byName.values()) {
                if (!out.contains(d.name()) && (d.requires().contains(name)
                        || d.requires().stream().anyMatch(out::contains))) {
                    grew = out.add(d.name());
                }
            }
        }
        return out;
    }

    private static Definition definition(Feature f, String file) {
        String name = f.getID().getArtifactId();
        if (!file.equals(name + ".json")) {
            throw new IllegalStateException("features/" + file + " defines '" + name + "': name the file " + name
                    + ".json");
        }
        List<String> bundles = f.getBundles().stream().map(b -> b.getID().getArtifactId()).toList();
        Map<String, Map<String, Object>> configs = new LinkedHashMap<>();
        f.getConfigurations().forEach((pid, c) -> configs.put(pid, new TreeMap<>(c.getValues())));
        return new Definition(name, f.getName().orElse(name), f.getDescription().orElse(""), bundles, configs,
                requires(f.getExtensions().get(REQUIRES), name));
    }

    private static Set<String> requires(FeatureExtension ext, String name) {
        if (ext == null) {
            return Set.of();
        }
        try (JsonReader r = Json.createReader(new StringReader(ext.getJSON()))) {
            Set<String> out = new HashSet<>();
            for (JsonValue v : r.readObject().getJsonArray("features")) {
                out.add(((JsonString) v).getString());
            }
            return out;
        } catch (RuntimeException e) {
            throw new IllegalStateException("The '" + REQUIRES + "' of feature " + name + " must be"
                    + " {\"features\": [names]}: " + e.getMessage(), e);
        }
    }

    private void check() {
        if (!byName.containsKey(Definition.CORE)) {
            throw new IllegalStateException("No features/core.json");
        }
        for (Definition d : byName.values()) {
            for (String r : d.requires()) {
                if (!byName.containsKey(r)) {
                    throw new IllegalStateException("Feature " + d.name() + " requires '" + r + "', which no file in"
                            + " features/ defines");
                }
            }
            Deque<String> todo = new ArrayDeque<>(d.requires());
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (next.equals(d.name())) {
                    throw new IllegalStateException("Feature " + d.name() + " requires itself through " + seen);
                }
                if (seen.add(next)) {
                    todo.addAll(byName.get(next).requires());
                }
            }
        }
    }
}
