package org.tandem.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;

/**
 * Boots the bundles the server really ships (the bnd export of server.bndrun), configured the way an
 * administrator configures it: a {@code org.tandem.storage.cfg} file read by File Install.
 */
public final class ServerOptions {
    public static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    /** The admin token the tests configure (TANDEM_ADMIN_TOKEN in production). */
    public static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";

    private ServerOptions() {
    }

    public static Option[] forDatabase(String kind) {
        return forRuntime("server", kind);
    }

    /**
     * @param runtime {@code server} (every feature) or {@code core} (the minimal runtime, core.bndrun)
     */
    public static Option[] forRuntime(String runtime, String kind) {
        int port = freePort();
        Path conf = tempDir("tandem-conf");
        String skip = writeStorageConfig(kind, conf);
        write(conf.resolve("org.tandem.admin.cfg"), "token = " + ADMIN_TOKEN + "\n");
        write(conf.resolve("org.tandem.lti.cfg"), "baseUrl = http://127.0.0.1:" + port + "\nkeyRefetchSeconds = 1\n");
        write(conf.resolve("org.tandem.features.cfg"), "pollSeconds = 1\n");
        write(conf.resolve("org.tandem.feedback.cfg"), "minimumGroupSize = 3\nreminderAfterHours = 0\ncheckSeconds = 1\n");
        write(conf.resolve("org.tandem.matching.cfg"), "checkSeconds = 1\n");
        List<Option> options = new ArrayList<>(List.of(cleanCaches(), frameworkStartLevel(20), junitBundles(),
                frameworkProperty("org.osgi.service.http.port").value(Integer.toString(port)),
                frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"),
                frameworkProperty("felix.fileinstall.dir").value(conf.toString()),
                frameworkProperty("felix.fileinstall.noInitialDelay").value("true"),
                frameworkProperty("felix.fileinstall.enableConfigSave").value("false"),
                frameworkProperty("felix.cm.config.plugins")
                        .value("org.apache.felix.configadmin.plugin.interpolation"),
                systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("warn"),
                systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"),
                systemProperty("tandem.it.base").value("http://127.0.0.1:" + port + "/api"),
                systemProperty("tandem.it.root").value("http://127.0.0.1:" + port),
                systemProperty("tandem.it.kind").value(kind),
                systemProperty("tandem.it.skip").value(skip)));
        options.addAll(runBundles(runtime));
        return options.toArray(new Option[0]);
    }

    /** The exported run bundles, SPI Fly and logging first (see server.bndrun). */
    private static List<Option> runBundles(String runtime) {
        Path dir = Path.of(System.getProperty("tandem.runbundles." + runtime,
                "../features/org.tandem.server/target/export/" + runtime));
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(p -> (Option) bundle(p.toUri()
                    .toString()).startLevel(startLevel(p.getFileName().toString()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Build the server first (mvn package): no run bundles in " + dir, e);
        }
    }

    /** Mirrors the start levels of server.bndrun's -runbundles+ (the export keeps no start levels). */
    private static int startLevel(String jar) {
        if (jar.startsWith("org.apache.aries.spifly") || jar.startsWith("asm-")) {
            return 1;
        }
        if (jar.startsWith("slf4j")) {
            return 2;
        }
        if (jar.startsWith("org.apache.felix.scr") || jar.startsWith("org.apache.felix.configadmin")) {
            return 3;
        }
        boolean storage = jar.startsWith("org.apache.felix.fileinstall") || jar.startsWith("org.tandem.derby")
                || jar.startsWith("postgresql") || jar.startsWith("org.tandem.storage");
        return storage ? 4 : 10;
    }

    /** Writes the storage configuration; returns why PostgreSQL tests must skip, or "" if they run. */
    private static String writeStorageConfig(String kind, Path conf) {
        String cfg = "dataDirectory = " + tempDir("tandem-data").toString().replace('\\', '/') + "\n";
        String skip = "";
        if ("postgresql".equals(kind)) {
            try {
                cfg = "url = " + PG_URL + "?currentSchema=" + freshSchema() + "\nuser = postgres\n";
            } catch (SQLException e) {
                if ("true".equals(System.getenv("CI"))) {
                    throw new IllegalStateException("PostgreSQL at " + PG_URL + " must answer under CI=true", e);
                }
                skip = "PostgreSQL tests skipped: nothing answers at " + PG_URL + " (" + e.getMessage() + ")";
            }
        }
        try {
            Files.writeString(conf.resolve("org.tandem.storage.cfg"), cfg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return skip;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The environment that points a server process at a database: nothing for embedded Derby, a fresh
     * PostgreSQL schema otherwise (the test is skipped where none answers, but never under CI=true).
     */
    static java.util.Map<String, String> processEnv(String kind) {
        if (!"postgresql".equals(kind)) {
            return java.util.Map.of();
        }
        try {
            return java.util.Map.of("TANDEM_DB_URL", PG_URL + "?currentSchema=" + freshSchema(), "TANDEM_DB_USER",
                    "postgres");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL at " + PG_URL + " must answer under CI=true", e);
            }
            org.junit.Assume.assumeNoException("PostgreSQL tests skipped: nothing answers at " + PG_URL, e);
            return java.util.Map.of();
        }
    }

    static String freshSchema() throws SQLException {
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new configuration folder for a server process: the shipped logging settings, nothing else. */
    static Path processConf() throws IOException {
        Path conf = Files.createTempDirectory("tandem-conf");
        Files.copy(Path.of(System.getProperty("tandem.conf", "../conf")).resolve("logging.properties"),
                conf.resolve("logging.properties"));
        return conf;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
