package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.Assume;
import org.junit.Test;

/**
 * The shipped executable jar, as an administrator runs it: the default configuration file from
 * {@code conf/}, data on disk that survives a restart of the JVM, PostgreSQL chosen by environment
 * variables alone, and a wrong configuration explained by {@code /api/health}.
 */
public class ServerProcessIT {

    private static Path confWithDefaults() throws Exception {
        Path conf = Files.createTempDirectory("tandem-conf");
        Path shipped = Path.of(System.getProperty("tandem.conf", "../conf"));
        for (String file : new String[] {"org.tandem.storage.cfg", "org.tandem.admin.cfg", "logging.properties"}) {
            Files.copy(shipped.resolve(file), conf.resolve(file));
        }
        return conf;
    }

    @Test
    public void embeddedDerbyKeepsItsDataAcrossARestart() throws Exception {
        Path conf = confWithDefaults();
        Path data = Files.createTempDirectory("tandem-data");
        Map<String, String> env = Map.of("TANDEM_DATA", data.toString(), "TANDEM_ADMIN_TOKEN",
                ServerOptions.ADMIN_TOKEN);
        int port = ServerOptions.freePort();
        String relationshipId;
        try (ServerProcess server = new ServerProcess(conf, port, env)) {
            String ready = server.awaitReadyLine();
            assertTrue(ready, ready.contains("http://127.0.0.1:" + port + "/"));
            Http http = api(port);
            relationshipId = createTeam(http);
        }
        assertTrue("Derby files are on disk", Files.isDirectory(data.resolve("derby")));
        try (ServerProcess server = new ServerProcess(conf, port, env)) {
            server.awaitReadyLine();
            Http http = api(port);
            Http.Reply again = http.get("/relationships/" + relationshipId);
            assertEquals(again.body(), 200, again.status());
            assertEquals(3, again.json().getJsonArray("members").size());
        }
    }

    /** Issue 19.4: a new, empty TANDEM_CONF used to leave storage waiting for its file, silently. */
    @Test
    public void anEmptyConfigurationFolderStartsOnTheBuiltInDefaults() throws Exception {
        Path conf = Files.createTempDirectory("tandem-empty-conf");
        Path data = Files.createTempDirectory("tandem-data");
        int port = ServerOptions.freePort();
        Map<String, String> env = Map.of("TANDEM_DATA", data.toString(), "TANDEM_ADMIN_TOKEN",
                ServerOptions.ADMIN_TOKEN, "TANDEM_BASE_URL", "http://tandem.test:" + port);
        try (ServerProcess server = new ServerProcess(conf, port, env)) {
            assertTrue(server.awaitReadyLine().contains("database: derby"));
            Http http = api(port);
            Http.Reply health = http.get("/health");
            assertEquals(health.body(), "UP", health.json().getString("status"));
            createTeam(http);
            assertTrue(server.output(), server.printed("No " + conf.resolve("org.tandem.storage.cfg")
                    + " found: core runs on its built-in settings"));
            Http.Reply canvas = new Http("http://127.0.0.1:" + port).get("/lti/config/canvas.json");
            assertTrue("TANDEM_BASE_URL still counts: " + canvas.body(),
                    canvas.body().contains("http://tandem.test:" + port + "/lti/launch"));
        }
        assertTrue("Derby files are in TANDEM_DATA", Files.isDirectory(data.resolve("derby")));
        try (var files = Files.list(conf)) {
            assertTrue("no file is written for the administrator", files.noneMatch(f -> f.toString().endsWith(".cfg")));
        }
    }

    /** Issue 19.4: a malformed value used to surface as a bare NumberFormatException, naming no file. */
    @Test
    public void aMalformedSettingIsNamedWithItsFileAndTheFix() throws Exception {
        Path conf = confWithDefaults();
        Files.writeString(conf.resolve("org.tandem.storage.cfg"), "poolSize = lots\n");
        Files.writeString(conf.resolve("org.tandem.lti.cfg"), "sessionMinuts = 60\n");
        int port = ServerOptions.freePort();
        try (ServerProcess server = new ServerProcess(conf, port, Map.of("TANDEM_DATA",
                Files.createTempDirectory("tandem-data").toString()))) {
            Waits.until("the log names the file, the key and the fix", () -> server.printed("In "
                    + conf.resolve("org.tandem.storage.cfg") + ": poolSize = \"lots\" is not valid"));
            Waits.until("a misspelt key is named", () -> server.printed("sessionMinuts is not a setting of"));
            assertTrue(server.output(), server.printed("use a whole number, e.g. 10."));
        }
    }

    @Test
    public void postgresqlIsChosenByConfigurationAlone() throws Exception {
        String schema = "proc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(ServerOptions.PG_URL, "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assume.assumeFalse("PostgreSQL tests skipped: nothing answers at " + ServerOptions.PG_URL,
                    !"true".equals(System.getenv("CI")));
            throw e;
        }
        int port = ServerOptions.freePort();
        Map<String, String> env = Map.of("TANDEM_DB_URL", ServerOptions.PG_URL + "?currentSchema=" + schema,
                "TANDEM_DB_USER", "postgres", "TANDEM_ADMIN_TOKEN", ServerOptions.ADMIN_TOKEN);
        try (ServerProcess server = new ServerProcess(confWithDefaults(), port, env)) {
            assertTrue(server.awaitReadyLine().contains("database: postgresql"));
            Http http = api(port);
            assertEquals("postgresql", http.get("/health").json().getString("database"));
            createTeam(http);
        }
    }

    @Test
    public void aWrongDatabaseUrlIsExplainedByHealth() throws Exception {
        int port = ServerOptions.freePort();
        Map<String, String> env = Map.of("TANDEM_DB_URL", "jdbc:mysql://127.0.0.1/tandem");
        try (ServerProcess server = new ServerProcess(confWithDefaults(), port, env)) {
            Http http = api(port);
            // while the API is still being published, /api answers 503 problem+json ("unavailable"); then
            // health itself answers, 503 with its report
            Waits.until("health answers", () -> {
                Http.Reply r = http.get("/health");
                return r.status() == 503 && r.contentType().startsWith("application/json");
            });
            Http.Reply health = http.get("/health");
            assertEquals("DOWN", health.json().getString("status"));
            assertTrue(health.body(), health.json().getString("detail").contains("org.tandem.storage"));
            Waits.until("the log names the problem", () -> server.printed("Unsupported JDBC URL"));
        }
    }

    /** The API as the server's administrator (the token comes from TANDEM_ADMIN_TOKEN). */
    private static Http api(int port) {
        return new Http("http://127.0.0.1:" + port + "/api").as("Bearer " + ServerOptions.ADMIN_TOKEN);
    }

    /** A program, three people and a relationship with two mentors; returns the relationship's id. */
    private static String createTeam(Http http) {
        Http.Reply created = http.post("/programs", "{\"name\":\"Faculty mentoring\",\"model\":\"TEAM\"}");
        assertEquals(created.body(), 201, created.status());
        String program = created.json().getString("id");
        String[] people = new String[3];
        for (int i = 0; i < 3; i++) {
            Http.Reply p = http.post("/people", "{\"subject\":\"p" + i + "\",\"displayName\":\"Person " + i + "\"}");
            assertEquals(p.body(), 201, p.status());
            people[i] = p.json().getString("id");
        }
        Http.Reply r = http.post("/relationships", "{\"programId\":\"" + program + "\",\"members\":["
                + "{\"personId\":\"" + people[0] + "\",\"role\":\"MENTEE\"},"
                + "{\"personId\":\"" + people[1] + "\",\"role\":\"MENTOR\",\"mentorRole\":\"RESEARCH\"},"
                + "{\"personId\":\"" + people[2] + "\",\"role\":\"MENTOR\",\"mentorRole\":\"CAREER\"}]}");
        assertEquals(r.body(), 201, r.status());
        return r.json().getString("id");
    }
}
