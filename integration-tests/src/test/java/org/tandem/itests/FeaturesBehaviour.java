package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import javax.inject.Inject;
import javax.json.JsonObject;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;

/**
 * The feature switch in the full server: each feature runs and says so; switched off at runtime, its
 * endpoints answer 404 and its services, guards and event handlers are gone; switched on again, it
 * finds its data. Impossible switches are explained; a switch written by another node arrives.
 */
public abstract class FeaturesBehaviour {
    private static final String ADMIN = "Bearer " + ServerOptions.ADMIN_TOKEN;
    @Inject
    protected BundleContext context;
    @Inject
    protected Database database;
    private Http api;
    private String root;
    private TestLms lms;

    @Before
    public void aPlatform() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        root = System.getProperty("tandem.it.root");
        api = new Http(System.getProperty("tandem.it.base"));
        Waits.settled("the admin API answers", () -> api.get("/admin/platforms").status() == 401);
        lms = new TestLms();
        assertEquals(201, api.as(ADMIN).post("/admin/platforms", lms.registration("Moodle")).status());
    }

    @After
    public void everythingOnAgain() throws Exception {
        for (String f : List.of("workflow", "catalog", "feedback", "lti", "lti-advantage", "matching", "notifications")) {
            switchTo(f, true);
        }
        Waits.until("every feature runs again", () -> services("lti-advantage") > 0 && services("workflow") > 0);
        lms.close();
    }

    /**
     * Issue 20: switching a feature republishes the whole API, which answered 404 (an HTML page, "No
     * service was found") for a moment to requests for endpoints that never went away. Now such a
     * request waits for the republish, or gets 503 with Retry-After as problem+json; never a 404.
     */
    @Test
    public void aSwitchNeverAnswers404ForWhatKeepsRunning() throws Exception {
        Http admin = api.as(ADMIN);
        java.util.concurrent.ConcurrentLinkedQueue<Http.Reply> replies = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicBoolean asking = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Thread> clients = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                while (asking.get()) {
                    replies.add(admin.get("/programs?limit=1"));
                }
            });
            t.start();
            clients.add(t);
        }
        for (int round = 0; round < 2; round++) {
            switchTo("feedback", false);
            Waits.until("feedback is off", () -> services("feedback") == 0);
            switchTo("feedback", true);
            Waits.until("feedback is on", () -> services("feedback") > 0);
        }
        Waits.until("feedback answers again", () -> admin.get("/feedback/forms").status() != 404);
        asking.set(false);
        for (Thread t : clients) {
            t.join();
        }
        assertTrue("requests were made", replies.size() > 20);
        for (Http.Reply r : replies) {
            assertTrue(r.status() + " " + r.contentType() + ": " + r.body(), r.status() == 200 || r.status() == 503);
            if (r.status() == 503) {
                assertEquals(r.body(), "application/problem+json", r.contentType().split(";")[0]);
                assertEquals("urn:tandem:problem:unavailable", r.json().getString("type"));
            }
        }
        Http.Reply gone = admin.get("/no/such/thing");
        assertEquals(404, gone.status());
        assertEquals(gone.body(), "application/problem+json", gone.contentType().split(";")[0]);
    }

    /** A feature switched off leaves no series in the metrics and no check in the health report. */
    @Test
    public void notificationsOffTakeTheirMetricsAndHealthCheckAlong() throws Exception {
        Http admin = api.as(ADMIN);
        Waits.until("the outbox is in the metrics", () -> admin.get("/metrics").body().contains("tandem_notifications_outbox"));
        assertTrue(api.get("/health").json().getJsonObject("checks").containsKey("mail"));
        switchTo("notifications", false);
        Waits.until("notifications are off", () -> services("notifications") == 0);
        Waits.until("the API settled", () -> admin.get("/metrics").status() == 200);
        String metrics = admin.get("/metrics").body();
        assertTrue(metrics, !metrics.contains("tandem_notifications_"));
        assertTrue(metrics, metrics.contains("tandem_db_pool_max"));
        assertTrue(!api.get("/health").json().getJsonObject("checks").containsKey("mail"));
        switchTo("notifications", true);
        Waits.until("the outbox is back in the metrics", () -> admin.get("/metrics").body().contains(
                "tandem_notifications_outbox{status=\"pending\"}"));
    }

    /**
     * Issue 17: the OpenAPI document lists every method the JAX-RS runtime serves (a resource that
     * swagger-core could not read would be missing here), and a feature switched off takes its
     * endpoints out of the document, and back in when on again.
     */
    @Test
    public void theOpenApiDocumentListsEveryServedMethodOfTheFeaturesThatRun() throws Exception {
        Waits.until("the document lists every served method", () -> missingFromDocument().isEmpty());
        assertEquals("operations whose answer has no schema (a Response without @ApiResponse)", List.of(), withoutSchema());
        assertTrue(documentedPaths().contains("get /programs/{programId}/matching/suggestions"));
        switchTo("matching", false);
        Waits.until("matching is off", () -> services("matching") == 0);
        Waits.until("its endpoints left the document", () -> documentedPaths().stream().noneMatch(p -> p.contains("/matching/")));
        assertTrue(missingFromDocument().isEmpty());
        switchTo("matching", true);
        Waits.until("its endpoints are back", () -> documentedPaths().contains("get /programs/{programId}/matching/suggestions"));
    }

    /** "method /path" of each operation with an answer whose content has no schema. */
    private List<String> withoutSchema() {
        List<String> out = new java.util.ArrayList<>();
        api.get("/openapi.json").json().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach(
                (method, op) -> op.asJsonObject().getJsonObject("responses").forEach((code, answer) -> {
                    JsonObject content = answer.asJsonObject().getJsonObject("content");
                    if (content != null && content.values().stream().anyMatch(m -> !m.asJsonObject().containsKey("schema"))) {
                        out.add(method + " " + path + " " + code);
                    }
                })));
        return out;
    }

    /** "method /path" of each served resource method that the document does not describe. */
    private List<String> missingFromDocument() {
        java.util.Set<String> documented = documentedPaths();
        return ApiMethods.served(context).stream().filter(m -> !documented.contains(m)).toList();
    }

    private java.util.Set<String> documentedPaths() {
        Http.Reply doc = api.get("/openapi.json");
        if (doc.status() != 200) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        doc.json().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().forEach(
                method -> out.add(method + " " + path)));
        return out;
    }

    @Test
    public void everyFeatureRunsAndSaysSo() {
        for (String f : List.of("core", "workflow", "catalog", "feedback", "lti", "lti-advantage", "matching", "notifications")) {
            JsonObject state = feature(f);
            assertTrue(f, state.getBoolean("installed") && state.getBoolean("enabled") && state.getBoolean("active"));
        }
        String health = api.get("/health").body();
        assertTrue(health, health.contains("\"features\":[\"catalog\",\"core\",\"feedback\",\"lti\",\"lti-advantage\",\"matching\",\"notifications\",\"workflow\"]"));
    }

    @Test
    public void ltiAdvantageOffLeavesNothingBehindAndOnFindsItsData() throws Exception {
        Launches.Session teacher = Launches.launch(root, lms, "teacher_launch");
        String sync = "/programs/" + teacher.programId() + "/roster-sync";
        assertTrue(api.as(teacher.bearer()).postEmpty(sync).status() != 404);
        database.inTransaction(c -> Sql.update(c, "INSERT INTO lti_scores (id, program_id, person_id, tag, label,"
                + " score_maximum, score_given, created_at, attempts, next_attempt_at, delivered_at) VALUES"
                + " ('kept-score', ?, ?, 'kept', 'Kept', 1, 1, ?, 1, ?, ?)", teacher.programId(), teacher.personId(),
                Sql.now(), Sql.now(), Sql.now()));

        switchTo("lti-advantage", false);
        Waits.until("its services are gone", () -> services("lti-advantage") == 0);
        assertEquals(404, api.as(teacher.bearer()).postEmpty(sync).status());
        assertNull("no Gradebook", context.getServiceReference("org.tandem.lti.api.Gradebook"));
        assertEquals("no milestone event handler", 0, context.getServiceReferences("org.osgi.service.event.EventHandler",
                "(tandem.feature=lti-advantage)") == null ? 0 : 1);
        assertEquals(404, new Browser().post(root + "/lti/deep-link", Browser.form("session", "x")).status());
        assertFalse(new Browser().get(root + "/lti/config/canvas.json").body().contains("LtiDeepLinkingRequest"));
        long sessions = count("lti_sessions");
        Browser.Page refused = Launches.page(root, lms, "deeplinking_request");
        assertEquals(refused.body(), 403, refused.status());
        assertTrue(refused.body().contains("deep-linking-off"));
        assertEquals("a refused deep-linking launch writes nothing", sessions, count("lti_sessions"));
        assertEquals("a launch still works", 200, Launches.page(root, lms, "student_launch").status());

        switchTo("lti-advantage", true);
        Waits.until("its services are back", () -> api.as(teacher.bearer()).postEmpty(sync).status() != 404);
        assertNotNull(context.getServiceReference("org.tandem.lti.api.Gradebook"));
        assertEquals(1L, count("lti_scores WHERE id = 'kept-score'"));
        assertEquals(200, Launches.page(root, lms, "deeplinking_request").status());
    }

    @Test
    public void workflowOffTakesItsServicesAndGuardsAndOnKeepsTheRelationships() throws Exception {
        assertTrue(services("workflow") > 0);
        assertNotNull(context.getServiceReference("org.tandem.workflow.api.WorkflowService"));
        Waits.until("the workflow answers", () -> api.get("/relationships/any/workflow").status() == 401);
        long history = count("relationships");
        Http.Reply needed = answered("workflow", "{\"enabled\":false}");
        assertEquals(409, needed.status());
        assertTrue(needed.body(), needed.body().contains("catalog, feedback need workflow: switch catalog and feedback off first"));
        switchTo("catalog", false);
        switchTo("feedback", false);
        switchTo("workflow", false);
        Waits.until("the workflow is gone", () -> services("workflow") == 0);
        assertNull(context.getServiceReference("org.tandem.workflow.api.WorkflowService"));
        assertEquals(404, api.get("/relationships/any/workflow").status());
        assertFalse(api.get("/health").body().contains("workflow"));
        switchTo("workflow", true);
        switchTo("catalog", true);
        switchTo("feedback", true);
        Waits.until("the workflow is back", () -> services("workflow") > 0);
        Waits.until("its endpoints answer again", () -> api.get("/relationships/any/workflow").status() == 401);
        assertEquals(history, count("relationships"));
    }

    @Test
    public void impossibleSwitchesAreExplained() throws InterruptedException {
        Http.Reply needed = answered("lti", "{\"enabled\":false}");
        assertEquals(409, needed.status());
        assertTrue(needed.body(), needed.body().contains("lti-advantage needs lti: switch lti-advantage off first"));
        switchTo("lti-advantage", false);
        switchTo("lti", false);
        Http.Reply missing = answered("lti-advantage", "{\"enabled\":true}");
        assertEquals(409, missing.status());
        assertTrue(missing.body(), missing.body().contains("lti-advantage needs lti: switch lti on first"));
        assertEquals(409, answered("core", "{\"enabled\":false}").status());
        assertEquals(404, answered("catalogue", "{\"enabled\":true}").status());
        assertEquals(400, answered("lti", "{}").status());
        Waits.until("the API answers again", () -> api.get("/features").status() == 200);
        assertEquals(401, api.put("/admin/features/lti", null, "{\"enabled\":true}").status());
    }

    @Test
    public void aSwitchAnotherNodeStoredArrives() throws Exception {
        // another node shares the database: its switch is a row, read here within pollSeconds (1 in the tests)
        database.inTransaction(c -> Sql.update(c, "UPDATE tandem_features SET enabled = ? WHERE name = ?", false,
                "workflow"));
        Waits.until("the workflow stops here too", () -> services("workflow") == 0);
        Waits.until("the catalog, which needs it, stops with it", () -> services("catalog") == 0);
        database.inTransaction(c -> Sql.update(c, "UPDATE tandem_features SET enabled = ? WHERE name = ?", true,
                "workflow"));
        Waits.until("and starts again, the catalog with it", () -> services("workflow") > 0 && services("catalog") > 0);
    }

    /** A switch's answer from Tandem itself, not the whiteboard's 404 while it republishes the API. */
    private Http.Reply answered(String feature, String body) throws InterruptedException {
        Http.Reply[] last = new Http.Reply[1];
        Waits.until("Tandem answers the switch of " + feature, () -> {
            last[0] = api.as(ADMIN).put("/admin/features/" + feature, null, body);
            return last[0].status() == 200 || last[0].body().contains("urn:tandem:problem");
        });
        return last[0];
    }

    /** The switch, retried while the whiteboard republishes the API after the previous one (it answers 404). */
    private void switchTo(String feature, boolean on) throws InterruptedException {
        Waits.until("the switch of " + feature + " is taken", () -> api.as(ADMIN).put("/admin/features/" + feature,
                null, "{\"enabled\":" + on + "}").status() == 200);
    }

    private JsonObject feature(String name) {
        return api.get("/features").jsonArray().stream().map(v -> (JsonObject) v)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow();
    }

    /** The services the feature's components registered (the marker itself not counted). */
    private int services(String feature) {
        try {
            var refs = context.getAllServiceReferences(null, "(&(tandem.feature=" + feature
                    + ")(!(objectClass=org.tandem.features.api.ActiveFeature)))");
            return refs == null ? 0 : refs.length;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String tableAndWhere) {
        return database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM " + tableAndWhere));
    }
}
