package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** The build fails when a feature bundle imports another feature's implementation (see FeatureIsolation). */
public class FeatureIsolationTest {
    private static final Path FEATURES = Path.of(System.getProperty("tandem.features", "../features"));
    private static final Path EXPORT = Path.of(System.getProperty("tandem.runbundles.server",
            "../features/org.tandem.server/target/export/server"));

    @Test
    public void theShippedBundlesWireFeaturesOnlyThroughApisAndServices() throws IOException {
        List<String> violations = new FeatureIsolation(FEATURES).check(EXPORT);
        assertTrue(String.join("\n", violations), violations.isEmpty());
    }

    @Test
    public void aDeliberateCrossFeatureImportIsCaught() throws IOException {
        List<String> violations = new FeatureIsolation(FEATURES).check(manifest("org.tandem.lti",
                "org.tandem.workflow.internal;version=\"[0.1,1)\",org.tandem.workflow.api;version=\"[1.0,2)\","
                        + "org.tandem.model;version=\"[1.2,2)\",org.tandem.lti.api"));
        assertEquals(1, violations.size());
        assertTrue(violations.get(0), violations.get(0).startsWith("org.tandem.lti (feature "));
        assertTrue(violations.get(0), violations.get(0).contains("imports org.tandem.workflow.internal, an"
                + " implementation package of org.tandem.workflow (feature workflow)"));
    }

    @Test
    public void coreBundlesMayImportAnything() throws IOException {
        assertTrue(new FeatureIsolation(FEATURES).check(manifest("org.tandem.rest", "org.tandem.workflow.internal"))
                .isEmpty());
    }

    private static java.io.InputStream manifest(String bsn, String imports) {
        String text = "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: " + bsn + "\r\n"
                + "Import-Package: " + wrap(imports) + "\r\n\r\n";
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Manifest lines hold at most 72 bytes; longer values continue on lines that start with a space. */
    private static String wrap(String value) {
        StringBuilder out = new StringBuilder();
        int width = 72 - "Import-Package: ".length();
        for (int i = 0; i < value.length(); i += width, width = 71) {
            out.append(i == 0 ? "" : "\r\n ").append(value, i, Math.min(value.length(), i + width));
        }
        return out.toString();
    }
}
