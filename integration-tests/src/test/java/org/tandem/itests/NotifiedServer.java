package org.tandem.itests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped server jar pointed at a {@link Mailbox} by its configuration files, as an administrator
 * points it at the university's SMTP server; it can be killed and started again on the same data.
 */
final class NotifiedServer implements AutoCloseable {
    static final String TOKEN = ServerOptions.ADMIN_TOKEN;
    final Path conf;
    final Map<String, String> env;
    final int port;
    final String root;
    private ServerProcess process;

    NotifiedServer(Map<String, String> databaseEnv, Mailbox mailbox) throws Exception {
        this(databaseEnv, mailbox, Files.createTempDirectory("tandem-mail-data"));
    }

    /** A server on {@code data} (several nodes share it only through PostgreSQL). */
    NotifiedServer(Map<String, String> databaseEnv, Mailbox mailbox, Path data) throws Exception {
        this(databaseEnv, mailbox, data, false);
    }

    /**
     * A server whose notifications and catalog run on the shipped timers, as an installation runs them
     * (catch-up each minute, nudges each hour, training expiry each hour), for benchmarks: the tests'
     * timers (each second; nudges every 2 s over every relationship) would be measured instead of what
     * notifying costs a request.
     */
    static NotifiedServer onShippedTimers(Map<String, String> databaseEnv, Mailbox mailbox) throws Exception {
        return new NotifiedServer(databaseEnv, mailbox, Files.createTempDirectory("tandem-mail-data"), true);
    }

    private NotifiedServer(Map<String, String> databaseEnv, Mailbox mailbox, Path data, boolean shippedTimers)
            throws Exception {
        port = ServerOptions.freePort();
        root = "http://127.0.0.1:" + port;
        conf = Files.createTempDirectory("tandem-mail-conf");
        Path shipped = Path.of(System.getProperty("tandem.conf", "../conf"));
        for (String f : List.of("org.tandem.storage.cfg", "org.tandem.admin.cfg", "org.tandem.lti.cfg",
                "logging.properties")) {
            Files.copy(shipped.resolve(f), conf.resolve(f));
        }
        Files.writeString(conf.resolve("org.tandem.features.cfg"), "enabled =\npollSeconds = 1\n");
        if (shippedTimers) { // baseUrl comes from TANDEM_BASE_URL, as the shipped file reads it
            Files.copy(shipped.resolve("org.tandem.notifications.cfg"), conf.resolve("org.tandem.notifications.cfg"));
            Files.copy(shipped.resolve("org.tandem.catalog.cfg"), conf.resolve("org.tandem.catalog.cfg"));
        } else {
            Files.writeString(conf.resolve("org.tandem.notifications.cfg"), "baseUrl = " + root
                    + "\ndispatchMillis = 100\ncheckSeconds = 1\ncatchUpSeconds = 5\nnudgeSeconds = 2\nreminderHours = 24\ngiveUpHours = 72\n");
            Files.writeString(conf.resolve("org.tandem.catalog.cfg"), "expiryNoticeDays = 30\nexpiryCheckSeconds = 1\n");
        }
        Files.writeString(conf.resolve("org.tandem.notifications.mail.cfg"), "host = 127.0.0.1\nport = "
                + mailbox.port + "\nsecurity = NONE\nfrom = Mentoring <mentoring@uni.test>\ntimeoutSeconds = 5\n"
                + "connections = $[env:TANDEM_SMTP_CONNECTIONS;default=2]\n"); // as shipped
        env = new HashMap<>(databaseEnv);
        env.put("TANDEM_ADMIN_TOKEN", TOKEN);
        env.put("TANDEM_BASE_URL", root);
        env.put("TANDEM_DATA", data.toString());
        start();
    }

    void start() throws Exception {
        process = new ServerProcess(conf, port, env);
        try {
            process.awaitReadyLine();
        } catch (AssertionError | RuntimeException e) {
            process.close(); // a server that never got ready must not outlive the test (and hold connections)
            throw e;
        }
    }

    /** {@code kill -9}: the JVM ends at once, mid-work. */
    void kill() throws InterruptedException {
        process.kill();
    }

    Http api() {
        return new Http(root + "/api");
    }

    Http admin() {
        return api().as("Bearer " + TOKEN);
    }

    String log() {
        return process.output();
    }

    /** Registers the test platform, so that its people can launch. */
    void register(TestLms lms) {
        Http.Reply registered = admin().post("/admin/platforms", lms.registration("Test LMS"));
        assertEquals(registered.body(), 201, registered.status());
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.close();
        }
    }
}
