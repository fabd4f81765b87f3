package org.tandem.itests;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Domain;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;

/**
 * The build's check that the service registry is the only wiring between features: a bundle may
 * import another feature's {@code api} packages, and anything of core, but never another feature's
 * implementation. A package belongs to the bundle whose symbolic name is its root (the layout rule:
 * folder = artifactId = symbolic name = root package).
 */
final class FeatureIsolation {
    private static final String CORE = "core";
    /** Bundle symbolic name → the features that bring it. */
    private final Map<String, Set<String>> featuresOf = new HashMap<>();

    /** @param featureFiles features/*.json (OSGi Feature format) */
    FeatureIsolation(Path featuresDir) throws IOException {
        try (Stream<Path> files = Files.list(featuresDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try (JsonReader r = Json.createReader(new StringReader(Files.readString(f)))) {
                    JsonObject feature = r.readObject();
                    String name = f.getFileName().toString().replace(".json", "");
                    for (JsonValue b : feature.getJsonArray("bundles")) {
                        String[] gav = ((JsonObject) b).getString("id").split(":");
                        featuresOf.computeIfAbsent(gav[1], k -> new HashSet<>()).add(name);
                    }
                }
            }
        }
    }

    /** Every violation among the jars of a runtime export. */
    List<String> check(Path exportDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> jars = Files.list(exportDir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try (JarFile j = new JarFile(jar.toFile())) {
                    out.addAll(check(j.getManifest()));
                }
            }
        }
        return out;
    }

    List<String> check(InputStream manifest) throws IOException {
        return check(new Manifest(manifest));
    }

    private List<String> check(Manifest manifest) {
        Domain d = Domain.domain(manifest);
        String bsn = d.getBundleSymbolicName() == null ? null : d.getBundleSymbolicName().getKey();
        Set<String> mine = featuresOf.get(bsn);
        List<String> out = new ArrayList<>();
        if (mine == null || mine.contains(CORE)) {
            return out; // not a feature bundle, or core (which every feature may build on)
        }
        Parameters imports = d.getImportPackage();
        for (String pkg : imports.keySet()) {
            String owner = owner(pkg);
            if (owner == null || owner.equals(bsn) || featuresOf.get(owner).contains(CORE)
                    || featuresOf.get(owner).stream().anyMatch(mine::contains) || isApi(pkg, owner)) {
                continue;
            }
            out.add(bsn + " (feature " + String.join("/", mine) + ") imports " + pkg + ", an implementation package"
                    + " of " + owner + " (feature " + String.join("/", featuresOf.get(owner)) + "): use its api"
                    + " package or a service");
        }
        return out;
    }

    /** The feature bundle whose root package holds {@code pkg}, if any. */
    private String owner(String pkg) {
        String best = null;
        for (String bsn : featuresOf.keySet()) {
            if ((pkg.equals(bsn) || pkg.startsWith(bsn + ".")) && (best == null || bsn.length() > best.length())) {
                best = bsn;
            }
        }
        return best;
    }

    private static boolean isApi(String pkg, String owner) {
        return pkg.equals(owner + ".api") || pkg.startsWith(owner + ".api.");
    }
}
