package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * Issue 17's try-it mode on the shipped server jar: TANDEM_DEMO=true starts a sample platform and a
 * sample program; each "Open as" button of the landing page performs a real LTI launch into that
 * person's page, with content and the sample-data band; a tampered sample launch is refused like any
 * platform's; a reset brings fresh people; an https base URL keeps the mode off.
 */
public abstract class TryItModeBehaviour {
    private static ServerProcess server;
    private static String root;

    /** Starts the server in try-it mode on the database that {@code databaseEnv} names (none: Derby). */
    static void start(Map<String, String> databaseEnv) throws Exception {
        int port = ServerOptions.freePort();
        root = "http://127.0.0.1:" + port;
        Map<String, String> env = new HashMap<>(databaseEnv);
        env.putAll(Map.of("TANDEM_DEMO", "true", "TANDEM_BASE_URL", root, "TANDEM_ADMIN_TOKEN",
                ServerOptions.ADMIN_TOKEN, "TANDEM_DATA", Files.createTempDirectory("tandem-demo").toString()));
        server = new ServerProcess(ServerOptions.processConf(), port, env);
        server.awaitReadyLine();
        Waits.until("the sample program is made", 60, () -> server.printed("the sample program (generation 1) is ready")
                || server.printed("The sample program could not be made"));
        assertFalse(server.output(), server.printed("The sample program could not be made"));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void eachOpenAsButtonLandsInThatPersonsPageWithContent() throws Exception {
        try (AppDriver app = new AppDriver(Chromium.start(1280, 1800, false),
                getClass().getSimpleName().replace("TryItModeIT", "").toLowerCase() + "-try-it")) {
            app.open(root + "/");
            app.waitText("Sample data: this server runs in try-it mode.");
            app.waitText("Try Tandem");
            app.accessible("the landing page in try-it mode");
            app.shot("01-landing");

            app.link("Open as mentee");
            app.waitText("Maya & Omar");
            app.waitText("Signed by: ");
            String signed = app.bodyText().lines().filter(l -> l.startsWith("Signed by: ")).findFirst().orElseThrow();
            assertTrue(signed, signed.contains("Omar Okafor") && signed.contains("Maya Patel"));
            app.waitText("Submit a paper to a methods journal");
            app.waitText("Agreed on an outline and a writing schedule");
            app.waitText("Sample data: this server runs in try-it mode.");
            app.accessible("the sample mentee's relationship");
            app.shot("02-mentee");
            app.link("Find a mentor");
            app.waitText("Lena Fischer");
            app.shot("02b-mentee-matching");

            open(app, "Open as mentor");
            app.waitText("Hello, Omar Okafor");
            app.waitText("Sam Lee");
            app.click("Download my data");
            app.waitText("Your data is downloaded.");
            app.waitText("Sample data");
            app.accessible("the sample mentor's home");
            app.shot("03-mentor");

            open(app, "Open as coordinator");
            app.waitText("Program: Mentoring 101 (sample)");
            app.waitText("Relationships by phase");
            app.waitText("Priya & Ana");
            app.accessible("the sample coordinator's program");
            app.shot("04-coordinator");

            open(app, "Open as German-speaking mentee");
            app.waitText("Jonas & Lena");
            app.waitText("Mentoring-Vereinbarung");
            app.waitText("Beispieldaten");
            app.accessible("the German sample mentee's relationship");
            app.shot("05-mentee-de");
        }
    }

    private static void open(AppDriver app, String button) {
        app.open(root + "/");
        app.link(button);
    }

    /** The sample platform's launch, changed after signing, gets the refusal any platform's would get. */
    @Test
    public void aTamperedSampleLaunchIsRefusedByTheSameChecks() throws Exception {
        Browser browser = new Browser();
        Browser.Page course = browser.get(root + "/demo/launch/mentee");
        assertEquals(302, course.status());
        Browser.Page login = browser.get(course.location());
        assertEquals(302, login.status());
        assertTrue(login.location(), login.location().startsWith(root + "/demo/platform/auth?"));
        Browser.Page form = browser.get(login.location());
        assertEquals(200, form.status());
        SignedJWT signed = SignedJWT.parse(form.hidden("id_token"));
        com.nimbusds.jwt.JWTClaimsSet claims = signed.getJWTClaimsSet();
        String payload = new com.nimbusds.jwt.JWTClaimsSet.Builder(claims)
                .subject(claims.getSubject().replace("mentee", "coordinator")).build().toString();
        assertFalse(payload.equals(signed.getPayload().toString()));
        String forged = signed.getHeader().toBase64URL() + "." + Base64URL.encode(payload) + "." + signed.getSignature();
        Browser.Page refused = browser.post(root + "/lti/launch", Browser.form("id_token", forged, "state",
                form.hidden("state")));
        assertEquals(refused.body(), 401, refused.status());
        assertTrue(refused.body(), refused.body().contains("<code>bad-signature</code>"));

        Browser.Page again = browser.get(browser.get(root + "/demo/launch/mentee").location());
        Browser.Page honest = browser.get(again.location());
        Browser.Page launched = browser.post(root + "/lti/launch", Browser.form("id_token", honest.hidden("id_token"),
                "state", honest.hidden("state")));
        assertEquals(launched.body(), 200, launched.status());
        assertTrue(launched.meta("tandem-session") != null);
    }

    @Test
    public void aResetBringsFreshPeopleIntoAFreshProgram() throws Exception {
        Http api = new Http(root + "/api");
        Http.Reply reset = api.postEmpty("/demo/reset");
        assertEquals(reset.body(), 200, reset.status());
        int generation = reset.json().getInt("generation");
        assertTrue(generation >= 2);
        Browser browser = new Browser();
        Browser.Page form = browser.get(browser.get(browser.get(root + "/demo/launch/mentee").location()).location());
        assertTrue(SignedJWT.parse(form.hidden("id_token")).getJWTClaimsSet().getSubject()
                .equals("sample-" + generation + "-mentee"));
        Http.Reply health = api.get("/health");
        assertTrue(health.body(), health.json().getJsonObject("checks").containsKey("sample-data"));
    }

    /** On an https address the mode stays off, and says why: nothing of it is served. */
    @Test
    public void anHttpsBaseUrlKeepsTryItModeOff() throws Exception {
        int port = ServerOptions.freePort();
        Path data = Files.createTempDirectory("tandem-demo-https");
        Map<String, String> env = new HashMap<>(Map.of("TANDEM_DEMO", "true", "TANDEM_BASE_URL",
                "https://tandem.university.test", "TANDEM_DATA", data.toString()));
        try (ServerProcess https = new ServerProcess(ServerOptions.processConf(), port, env)) {
            https.awaitReadyLine();
            assertTrue(https.output(), https.printed("Try-it mode refuses to run at https://tandem.university.test"));
            Http local = new Http("http://127.0.0.1:" + port);
            assertEquals(404, local.get("/demo/launch/mentee").status());
            assertFalse(local.get("/api/health").body().contains("sample-data"));
            assertEquals(404, local.postEmpty("/api/demo/reset").status());
        }
    }

    /** The start script refuses before starting anything. */
    @Test
    public void theStartScriptRefusesTryItModeOnHttps() throws Exception {
        Path script = Path.of(System.getProperty("tandem.conf", "../conf")).toAbsolutePath().getParent().resolve("tandem");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("TANDEM_DEMO", "true", "TANDEM_BASE_URL", "https://tandem.university.test"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(out, 1, p.waitFor());
        assertTrue(out, out.contains("Try-it mode refuses to start at https://tandem.university.test"));
    }
}
