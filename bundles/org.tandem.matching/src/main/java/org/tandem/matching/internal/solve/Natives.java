package org.tandem.matching.internal.solve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Loads Google OR-Tools' native libraries once, from this bundle's {@code ortools-linux-x86-64/} folder.
 * OR-Tools' own {@code Loader} reads only jar files, not bundle entries nor a class folder, so this does
 * it: inside OSGi the libraries are copied into the bundle's data area, from a jar into a temporary
 * folder, and from a class folder used where they are. They must sit side by side: each finds the
 * others through its {@code $ORIGIN} run path. The JNI library is loaded from this class, so that it
 * binds to the OR-Tools classes of this bundle's class loader.
 */
public final class Natives {
    static final String FOLDER = "ortools-linux-x86-64";
    private static volatile boolean loaded;

    private Natives() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !("amd64".equals(arch) || "x86_64".equals(arch))) {
            throw new SolverUnavailableException("The optimal matching solver (Google OR-Tools) ships for Linux on"
                    + " x86-64 only; this server runs " + os + " on " + arch + ".");
        }
        try {
            System.load(folder().resolve("libjniortools.so").toString());
        } catch (IOException | URISyntaxException | UnsatisfiedLinkError e) {
            throw new SolverUnavailableException("OR-Tools' native libraries did not load: " + e, e);
        }
        loaded = true;
    }

    private static Path folder() throws IOException, URISyntaxException {
        Bundle bundle = FrameworkUtil.getBundle(Natives.class);
        if (bundle != null) {
            return fromBundle(bundle);
        }
        URL url = Natives.class.getClassLoader().getResource(FOLDER + "/libjniortools.so");
        if (url == null) {
            throw new IOException(FOLDER + " is not on the class path");
        }
        if ("file".equals(url.getProtocol())) {
            return Path.of(url.toURI()).getParent();
        }
        String jar = url.getPath().substring("file:".length(), url.getPath().indexOf("!/"));
        Path dir = Files.createTempDirectory("ortools");
        try (JarFile file = new JarFile(java.net.URLDecoder.decode(jar, java.nio.charset.StandardCharsets.UTF_8))) {
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                if (e.getName().startsWith(FOLDER + "/") && !e.isDirectory()) {
                    try (InputStream in = file.getInputStream(e)) {
                        Files.copy(in, dir.resolve(e.getName().substring(FOLDER.length() + 1)));
                    }
                }
            }
        }
        return dir;
    }

    private static Path fromBundle(Bundle bundle) throws IOException {
        Path dir = bundle.getDataFile(FOLDER + "-" + bundle.getVersion() + "-" + bundle.getLastModified()).toPath();
        Files.createDirectories(dir);
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.so*", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            Path target = dir.resolve(url.getPath().substring(url.getPath().lastIndexOf('/') + 1));
            if (!Files.exists(target)) {
                Path part = Files.createTempFile(dir, "part", ".tmp");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return dir;
    }

}
