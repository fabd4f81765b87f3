package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

/**
 * Issue 20: two server processes on one PostgreSQL database, as behind a load balancer that sends each
 * request anywhere: what one node writes the other reads, a stale change is refused across nodes, a
 * feature switched on one node stops on the other, and an LTI login started on one node is completed
 * by a launch that lands on the other (and cannot be replayed on the first).
 */
public class TwoNodesIT {
    @Test
    public void twoNodesOnOneDatabaseActAsOne() throws Exception {
        Map<String, String> env = new HashMap<>(ServerOptions.processEnv("postgresql"));
        int portA = ServerOptions.freePort();
        int portB = ServerOptions.freePort();
        String root = "http://127.0.0.1:" + portA; // the balancer's address, which both nodes are told
        env.put("TANDEM_ADMIN_TOKEN", ServerOptions.ADMIN_TOKEN);
        env.put("TANDEM_BASE_URL", root);
        try (ServerProcess a = new ServerProcess(conf(), portA, env);
                ServerProcess b = new ServerProcess(conf(), portB, env);
                TestLms lms = new TestLms()) {
            a.awaitReadyLine();
            b.awaitReadyLine();
            Http onA = admin(portA);
            Http onB = admin(portB);

            Http.Reply made = onA.post("/programs", "{\"name\":\"Shared\",\"model\":\"ONE_TO_ONE\"}");
            assertEquals(made.body(), 201, made.status());
            String id = made.json().getString("id");
            assertEquals(200, onB.get("/programs/" + id).status());
            assertEquals(200, onA.put("/programs/" + id, made.etag(), "{\"name\":\"Renamed on A\",\"model\":\"ONE_TO_ONE\"}")
                    .status());
            Http.Reply stale = onB.put("/programs/" + id, made.etag(), "{\"name\":\"Late on B\",\"model\":\"ONE_TO_ONE\"}");
            assertEquals(stale.body(), 412, stale.status());
            assertEquals("Renamed on A", onB.get("/programs/" + id).json().getString("name"));

            assertEquals(200, onA.put("/admin/features/matching", null, "{\"enabled\": false}").status());
            Waits.until("node B stops matching", 60, () -> !onB.get("/health").body().contains("\"matching\""));
            assertEquals(200, onB.put("/admin/features/matching", null, "{\"enabled\": true}").status());
            Waits.until("node A runs matching again", 60, () -> onA.get("/health").body().contains("\"matching\""));

            assertEquals(201, onA.post("/admin/platforms", lms.registration("Moodle")).status());
            Browser browser = new Browser();
            Browser.Page login = browser.post(root + "/lti/login", Browser.form("iss", lms.issuer(), "login_hint", "x",
                    "target_link_uri", root + "/lti/launch", "client_id", TestLms.CLIENT_ID));
            Map<String, String> launch = Browser.form("state", login.redirectParam("state"), "id_token",
                    lms.sign(lms.claims("student_launch", login.redirectParam("nonce"), root)));
            Browser.Page app = browser.post("http://127.0.0.1:" + portB + "/lti/launch", launch);
            assertEquals(app.body(), 200, app.status());
            assertTrue(app.body(), app.meta("tandem-session") != null);
            Browser.Page replay = browser.post(root + "/lti/launch", launch);
            assertTrue(replay.status() + " " + replay.body(), replay.status() == 400 && replay.body().contains("state-reused"));
        }
    }

    private static Http admin(int port) {
        return new Http("http://127.0.0.1:" + port + "/api").as("Bearer " + ServerOptions.ADMIN_TOKEN);
    }

    private static Path conf() throws Exception {
        Path conf = ServerOptions.processConf();
        Files.writeString(conf.resolve("org.tandem.features.cfg"), "enabled =\npollSeconds = 1\n");
        return conf;
    }
}
