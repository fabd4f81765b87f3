package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.json.JsonObject;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue 17: what a newcomer sees at the server's address, on the shipped server jar (embedded Derby):
 * the landing page in a real browser, with and without the admin token; the API documentation and its
 * OpenAPI document, checked by a parser of the specification.
 */
public class FrontDoorIT {
    private static final String TOKEN = ServerOptions.ADMIN_TOKEN;
    private static ServerProcess server;
    private static TestLms lms;
    private static String root;

    @BeforeClass
    public static void start() throws Exception {
        int port = ServerOptions.freePort();
        root = "http://127.0.0.1:" + port;
        Map<String, String> env = new HashMap<>();
        env.put("TANDEM_ADMIN_TOKEN", TOKEN);
        env.put("TANDEM_BASE_URL", root);
        env.put("TANDEM_DATA", Files.createTempDirectory("tandem-front-door").toString());
        server = new ServerProcess(ServerOptions.processConf(), port, env);
        server.awaitReadyLine();
        lms = new TestLms();
        Http.Reply registered = new Http(root + "/api").as("Bearer " + TOKEN).post("/admin/platforms",
                lms.registration("Moodle 4.5 (test)"));
        assertEquals(registered.body(), 201, registered.status());
    }

    @AfterClass
    public static void stop() throws Exception {
        if (lms != null) {
            lms.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Without the token: what Tandem is, its state as /api/health says it, and no secret anywhere. */
    @Test
    public void withoutTheTokenTheLandingPageShowsTheStateAndNoSecret() throws Exception {
        Http.Reply page = new Http(root).get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        JsonObject health = new Http(root + "/api").get("/health").json();
        try (AppDriver app = new AppDriver(Chromium.start(1280, 1600, false), "front-door")) {
            app.axeCatchesAViolation();
            app.open(root + "/");
            app.waitText("Tandem: mentoring inside your learning platform");
            app.waitText("Version " + health.getString("version") + ", database " + health.getString("database") + ".");
            app.waitText("Running");
            app.waitText("database: UP");
            app.waitText("Feedback forms on");
            app.waitText("Connect a learning platform");
            app.accessible("the landing page without the token");
            app.shot("01-landing");
            String shown = app.driver.getPageSource();
            for (String secret : List.of(TOKEN, lms.issuer(), "Moodle 4.5 (test)", "/lti/register?code=",
                    TestLms.CLIENT_ID)) {
                assertFalse(secret + " shows without the token", shown.contains(secret));
            }
            assertTrue(app.driver.findElements(org.openqa.selenium.By.xpath("//button[normalize-space()='Switch off']"))
                    .isEmpty());
        }
    }

    /**
     * With the token: a one-time Moodle registration link, copied; the Canvas and manual addresses; the
     * registered platforms with their last launch; features switched. A wrong token is told so.
     */
    @Test
    public void withTheTokenAnAdminConnectsMoodle() throws Exception {
        Launches.launch(root, lms, "student_launch");
        try (AppDriver app = new AppDriver(Chromium.start(1280, 2000, false), "front-door")) {
            app.open(root + "/");
            app.fill("Admin token", "not-the-token-of-this-server");
            app.click("Use this token");
            app.waitText("This is not the admin token of this server.");
            app.fill("Admin token", TOKEN);
            app.click("Use this token");
            app.waitText("The token is right.");
            app.waitText("Moodle 4.5 (test)");
            String last = app.driver.findElement(org.openqa.selenium.By.xpath(
                    "//tr[td[normalize-space()='Moodle 4.5 (test)']]/td[4]")).getText();
            assertTrue("the launch is listed: " + last, last.matches(".*\\d{4}.*"));
            assertEquals(root + "/lti/config/canvas.json", app.control("Canvas configuration URL").getAttribute("value"));
            assertEquals(root + "/lti/login", app.control("Login initiation URL").getAttribute("value"));
            assertEquals(root + "/lti/jwks", app.control("Public keyset (JWKS) URL").getAttribute("value"));
            app.click("Create a registration link");
            String link = app.control("Registration link (usable once)").getAttribute("value");
            assertTrue(link, link.startsWith(root + "/lti/register?code="));
            app.click("Copy the Registration link (usable once)");
            app.waitText("Copied.");
            // the link is live: its code passes (the platform's configuration, here unreachable, is what fails);
            // a made-up code is refused
            String config = "&openid_configuration=http%3A%2F%2F127.0.0.1%3A1%2Fnone";
            assertEquals(502, new Http(root).get(link.substring(root.length()) + config).status());
            assertEquals(403, new Http(root).get("/lti/register?code=made-up" + config).status());
            app.accessible("the landing page with the token");
            app.shot("02-landing-connect");

            app.click("Switch off Matching");
            app.waitText("Matching is switched off.");
            Waits.until("matching is off", () -> new Http(root + "/api").get("/features").jsonArray().stream()
                    .map(v -> v.asJsonObject()).anyMatch(f -> "matching".equals(f.getString("name"))
                            && !f.getBoolean("active")));
            app.click("Switch on Matching");
            app.waitText("Matching is switched on.");

            // issue 18: "send me everything" and "delete me", in a few clicks
            app.fill("Name or e-mail address", "student1@");
            app.click("Find");
            app.waitText("Sam Student");
            app.click("Export the data of Sam Student");
            app.waitText("The data of Sam Student is downloaded.");
            app.click("Erase Sam Student");
            app.waitText("Erase Sam Student from Tandem?");
            app.accessible("the landing page asking to confirm an erasure");
            app.click("Erase Sam Student for good");
            app.waitText("Sam Student is erased.");
            app.waitText("erased");
            app.fill("Name or e-mail address", "zz-nobody");
            app.click("Find");
            app.waitText("No one's name or e-mail address contains “zz-nobody”.");
        }
        Http admin = new Http(root + "/api").as("Bearer " + TOKEN);
        assertTrue(admin.get("/admin/privacy/erasures").body().contains("\"actorKind\":\"admin-token\""));
        assertTrue("the search is in the access log", admin.get("/admin/privacy/access-log").body()
                .contains("/admin/privacy/people"));
        assertEquals(400, admin.get("/admin/privacy/people?q=a").status());
        String after = new Http(root).get("/").body();
        assertFalse("the page itself never holds the token", after.contains(TOKEN));
    }

    /** The API's own description validates and its documentation page renders it from this server. */
    @Test
    public void theApiDocumentationIsValidOpenApiAndBrowsable() throws Exception {
        Http.Reply doc = new Http(root + "/api").get("/openapi.json");
        assertEquals(200, doc.status());
        SwaggerParseResult parsed = new OpenAPIParser().readContents(doc.body(), null, null);
        assertEquals(List.of(), parsed.getMessages());
        assertTrue(parsed.getOpenAPI().getPaths().containsKey("/programs/{id}"));
        assertTrue(parsed.getOpenAPI().getPaths().get("/admin/platforms").getGet().getSecurity().toString()
                .contains("adminToken"));
        assertEquals(List.of(), parsed.getOpenAPI().getPaths().get("/health").getGet().getSecurity());
        String catalog = parsed.getOpenAPI().getTags().stream().filter(t -> "catalog".equals(t.getName())).findFirst()
                .orElseThrow().getDescription();
        assertTrue(catalog, catalog.startsWith("Training catalog: Mentor and mentee training"));
        try (AppDriver app = new AppDriver(Chromium.start(1280, 1600, false), "front-door")) {
            app.open(root + "/");
            app.link("API documentation");
            app.waitText("Tandem API");
            app.waitText("/relationships/{id}/workflow/transitions");
            app.shot("03-api-docs");
            assertTrue(app.driver.getPageSource().contains("swagger-ui"));
        }
        assertEquals(200, new Http(root).get("/api-docs/swagger-ui.css").status());
        assertEquals("only the viewer's own files", 404, new Http(root).get("/api-docs/META-INF/MANIFEST.MF").status());
    }
}
