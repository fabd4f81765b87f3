package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.sql.ResultSet;
import javax.inject.Inject;
import javax.json.JsonArray;
import javax.json.JsonObject;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.tandem.storage.Database;

/**
 * The model's REST API on the real server bundles, checked over HTTP and, for what must (not) have
 * been written, over JDBC. Run once per database by the subclasses.
 */
public abstract class ModelApiBehaviour {
    @Inject
    protected BundleContext context;

    protected Http http;

    @Before
    public void serverIsUp() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        http = new Http(System.getProperty("tandem.it.base")).as("Bearer " + ServerOptions.ADMIN_TOKEN);
        Waits.settled("the API answers", () -> http.get("/programs").status() == 200);
    }

    @Test
    public void healthReportsTheDatabaseAndTheActiveFeatures() {
        Http.Reply r = http.get("/health");
        assertEquals(200, r.status());
        JsonObject health = r.json();
        assertEquals("UP", health.getString("status"));
        assertEquals(System.getProperty("tandem.it.kind"), health.getString("database"));
        assertTrue(health.getJsonArray("features").getValuesAs(javax.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("core")));
        assertTrue(health.getString("version").startsWith("0.1.0"));
        JsonObject database = health.getJsonObject("checks").getJsonObject("database");
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getString("detail"), database.getString("detail").contains("connections in use"));
    }

    @Test
    public void prometheusScrapesRequestsByRouteThePoolAndTheJvmWithTheAdminToken() {
        Http.Reply refused = new Http(System.getProperty("tandem.it.base")).get("/metrics");
        assertEquals(refused.body(), 401, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        Http.Reply listed = http.get("/programs?limit=1");
        assertEquals(200, listed.status());
        Http.Reply missing = http.get("/programs/no-such-program");
        assertEquals(404, missing.status());

        Http.Reply metrics = http.get("/metrics");
        assertEquals(metrics.body(), 200, metrics.status());
        assertTrue(metrics.contentType(), metrics.contentType().startsWith("text/plain")
                && metrics.contentType().contains("version=0.0.4"));
        String text = metrics.body();
        // a route is its template: the id of the program that was not found makes no series of its own
        assertTrue(text, text.contains("tandem_http_server_requests_seconds_count{method=\"GET\",route=\"/api/programs\",status=\"200\"}"));
        assertTrue(text, text.contains("route=\"/api/programs/{id}\",status=\"404\""));
        assertTrue(text, !text.contains("no-such-program"));
        assertTrue(text, text.contains("tandem_http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/programs\",status=\"200\",le=\"0.05\"}"));
        assertTrue(text, text.contains("tandem_db_pool_max{database=\"" + System.getProperty("tandem.it.kind") + "\"}"));
        assertTrue(text, text.contains("jvm_memory_used_bytes"));
        assertTrue(text, text.contains("jvm_gc_"));
        // the queues: grade passback and the feedback schedule (the mail outbox: NotificationDeliveryBehaviour)
        assertTrue(text, text.contains("tandem_lti_scores{status=\"waiting\"}"));
        assertTrue(text, text.contains("tandem_feedback_due "));
    }

    @Test
    public void aMenteeWithTwoMentorsRoundTrips() {
        Http.Reply program = http.post("/programs", "{\"name\":\"Postdoc mentoring 2026\",\"model\":\"TEAM\","
                + "\"startsOn\":\"2026-09-01\",\"endsOn\":\"2027-08-31\"}");
        assertEquals(program.body(), 201, program.status());
        assertEquals("\"1\"", program.etag());
        String programId = program.json().getString("id");
        assertTrue(program.location(), program.location().endsWith("/api/programs/" + programId));

        String mentee = person("maya", "Maya Okafor");
        String career = person("career", "Dr Lena Fischer");
        String support = person("support", "Dr Tomás Ruiz");
        Http.Reply profile = http.put("/people/" + career + "/profile", null, "{\"careerStage\":\"SENIOR_FACULTY\","
                + "\"researchAreas\":[\"genomics\",\"statistics\"],\"mentorCapacity\":3}");
        assertEquals(profile.body(), 201, profile.status());

        Http.Reply rel = http.post("/relationships", "{\"programId\":\"" + programId + "\",\"title\":\"Maya's team\","
                + "\"members\":[{\"personId\":\"" + mentee + "\",\"role\":\"MENTEE\"},"
                + "{\"personId\":\"" + career + "\",\"role\":\"MENTOR\",\"mentorRole\":\"CAREER\"},"
                + "{\"personId\":\"" + support + "\",\"role\":\"MENTOR\",\"mentorRole\":\"PSYCHOSOCIAL\"}]}");
        assertEquals(rel.body(), 201, rel.status());

        JsonObject loaded = http.get("/relationships/" + rel.json().getString("id")).json();
        JsonArray members = loaded.getJsonArray("members");
        assertEquals(3, members.size());
        assertEquals("CAREER", members.getJsonObject(1).getString("mentorRole"));
        assertEquals("PSYCHOSOCIAL", members.getJsonObject(2).getString("mentorRole"));
        JsonObject page = http.get("/relationships?programId=" + programId + "&limit=1").json();
        assertEquals(1, page.getInt("total"));
        assertEquals(3, http.get("/people/" + career + "/profile").json().getInt("mentorCapacity"));
    }

    @Test
    public void badInputIsRefusedWithAProblemAndNothingIsWritten() {
        long before = count("programs");
        expectProblem(http.post("/programs", "{\"name\": "), 400, "malformed-json", null);
        expectProblem(http.post("/programs", "{\"name\":\"A\",\"model\":\"TEAM\",\"colour\":\"red\"}"), 400,
                "validation", "colour");
        expectProblem(http.post("/programs", "{\"model\":\"TEAM\"}"), 400, "validation", "name");
        expectProblem(http.post("/programs", "{\"name\":\"A\",\"model\":\"TEAM\",\"startsOn\":42}"), 400,
                "validation", "startsOn");
        expectProblem(http.post("/programs", "{\"name\":\"A\",\"model\":\"TEAM\",\"description\":\""
                + "x".repeat(1024 * 1024 + 10) + "\"}"), 413, "body-too-large", null);
        expectProblem(http.post("/programs", "[1,2]"), 400, "validation", "body");
        // nested 100,000 deep: this overflowed the parser's stack, a 500 with an HTML page (issue 20)
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        expectProblem(http.post("/programs", deep), 400, "too-deep", null);
        expectProblem(http.post("/programs", "{\"name\":\"A\",\"model\":\"TEAM\",\"x\":" + deep + "}"), 400,
                "too-deep", null);
        expectProblem(http.put("/people/nobody/profile", null, deep), 400, "too-deep", null);
        assertEquals("nothing may be written by a refused request", before, count("programs"));
    }

    @Test
    public void staleAndUnversionedChangesAreRefused() {
        String id = http.post("/programs", "{\"name\":\"Original\",\"model\":\"ONE_TO_ONE\"}").json().getString("id");
        Http.Reply first = http.put("/programs/" + id, "\"1\"", "{\"name\":\"First edit\",\"model\":\"ONE_TO_ONE\"}");
        assertEquals(first.body(), 200, first.status());
        assertEquals("\"2\"", first.etag());
        Http.Reply lost = http.put("/programs/" + id, "\"1\"", "{\"name\":\"Lost edit\",\"model\":\"ONE_TO_ONE\"}");
        expectProblem(lost, 412, "stale-version", null);
        assertEquals(2, lost.json().getInt("currentVersion"));
        expectProblem(http.put("/programs/" + id, null, "{\"version\":1,\"name\":\"Lost\",\"model\":\"ONE_TO_ONE\"}"),
                409, "stale-version", null);
        expectProblem(http.put("/programs/" + id, null, "{\"name\":\"Blind\",\"model\":\"ONE_TO_ONE\"}"), 428,
                "version-required", null);
        expectProblem(http.delete("/programs/" + id, "\"1\""), 412, "stale-version", null);
        assertEquals("First edit", text("SELECT name FROM programs WHERE id = '" + id + "'"));
        assertEquals(204, http.delete("/programs/" + id, "\"2\"").status());
    }

    @Test
    public void unknownIdsAnswerNotFoundOrNameTheField() {
        expectProblem(http.get("/programs/no-such-program"), 404, "not-found", null);
        expectProblem(http.put("/people/nobody", "\"1\"", "{\"subject\":\"s\",\"displayName\":\"N\"}"), 404,
                "not-found", null);
        expectProblem(http.delete("/relationships/none", "\"1\""), 404, "not-found", null);
        expectProblem(http.get("/no-such-endpoint"), 404, null, null);
        String programId = http.post("/programs", "{\"name\":\"P\",\"model\":\"ONE_TO_ONE\"}").json().getString("id");
        String mentee = person("solo", "Sam Solo");
        long before = count("relationships");
        expectProblem(http.post("/relationships", "{\"programId\":\"" + programId + "\",\"members\":["
                + "{\"personId\":\"" + mentee + "\",\"role\":\"MENTEE\"},"
                + "{\"personId\":\"ghost\",\"role\":\"MENTOR\",\"mentorRole\":\"CAREER\"}]}"), 400, "validation",
                "members[1].personId");
        assertEquals(before, count("relationships"));
    }

    @Test
    public void dataSurvivesARestartOfStorage() throws Exception {
        String id = http.post("/programs", "{\"name\":\"Survivor\",\"model\":\"GROUP\"}").json().getString("id");
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().equals("org.tandem.storage") || b.getSymbolicName().equals("org.tandem.derby")) {
                b.stop();
                b.start();
            }
        }
        Waits.settled("the API answers after the restart", () -> http.get("/programs/" + id).status() == 200);
        assertEquals("Survivor", http.get("/programs/" + id).json().getString("name"));
    }

    protected String person(String subject, String name) {
        Http.Reply r = http.post("/people", "{\"issuer\":\"https://moodle.example.edu\",\"subject\":\"" + subject
                + "-" + System.nanoTime() + "\",\"displayName\":\"" + name + "\",\"locale\":\"en\"}");
        assertEquals(r.body(), 201, r.status());
        return r.json().getString("id");
    }

    protected static void expectProblem(Http.Reply r, int status, String slug, String field) {
        assertEquals(r.body(), status, r.status());
        assertEquals("application/problem+json", r.contentType());
        JsonObject p = r.json();
        assertEquals(status, p.getInt("status"));
        assertNotNull(p.getString("detail"));
        if (slug != null) {
            assertEquals("urn:tandem:problem:" + slug, p.getString("type"));
        }
        if (field != null) {
            assertEquals(r.body(), field, p.getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    protected long count(String table) {
        return database().inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    protected String text(String sql) {
        return database().inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private Database database() {
        return context.getService(context.getServiceReference(Database.class));
    }
}
