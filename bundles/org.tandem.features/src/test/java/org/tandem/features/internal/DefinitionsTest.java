package org.tandem.features.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.service.feature.FeatureService;

/** The shipped feature files, and the mistakes a new one could make, read by the Felix Feature Service. */
class DefinitionsTest {
    private static final FeatureService SERVICE = ServiceLoader.load(FeatureService.class).findFirst().orElseThrow();

    @Test
    void theShippedFeaturesAreConsistent() throws IOException {
        Definitions defs = Definitions.read(SERVICE, shipped());
        assertTrue(defs.all().keySet().containsAll(Set.of("core", "workflow", "lti", "lti-advantage")));
        assertEquals(Set.of("lti"), defs.get("lti-advantage").requires());
        assertEquals(Set.of("lti-advantage"), defs.dependentsOf("lti"));
        assertTrue(defs.dependentsOf("core").containsAll(Set.of("workflow", "lti", "lti-advantage")));
        assertTrue(defs.get("core").bundles().contains("org.tandem.storage"));
        assertTrue(defs.get("lti").configurations().containsKey("org.tandem.lti"));
    }

    @Test
    void aRequirementNoFileDefinesIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Definitions.read(SERVICE, Map.of(
                "core.json", feature("core", null), "feedback.json", feature("feedback", "[\"workflow\"]"))));
        assertTrue(e.getMessage().contains("requires 'workflow'"), e.getMessage());
    }

    @Test
    void aCycleIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Definitions.read(SERVICE, Map.of(
                "core.json", feature("core", null), "a.json", feature("a", "[\"b\"]"), "b.json", feature("b", "[\"a\"]"))));
        assertTrue(e.getMessage().contains("requires itself"), e.getMessage());
    }

    @Test
    void theFileIsNamedAfterTheFeature() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Definitions.read(SERVICE, Map.of(
                "core.json", feature("core", null), "catalogue.json", feature("catalog", null))));
        assertTrue(e.getMessage().contains("name the file catalog.json"), e.getMessage());
    }

    private static Reader feature(String name, String requires) {
        return new StringReader("{\"feature-resource-version\":\"1.0\",\"id\":\"org.tandem.features:" + name
                + ":1.0.0\",\"bundles\":[]" + (requires == null ? "" : ",\"extensions\":{\"tandem-requires\":"
                + "{\"type\":\"json\",\"kind\":\"mandatory\",\"json\":{\"features\":" + requires + "}}}") + "}");
    }

    /** features/*.json as the build packs them into the bundle (filtered: versions filled in). */
    static Map<String, Reader> shipped() throws IOException {
        Map<String, Reader> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(Path.of("target/classes/features"))) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.newBufferedReader(p));
            }
        }
        return files;
    }
}
