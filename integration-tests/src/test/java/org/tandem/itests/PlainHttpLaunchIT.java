package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 19.1: a tool whose base URL is plain http on a host that is not loopback (an intranet
 * installation). A browser drops a {@code Secure} cookie there, so every launch used to end in
 * {@code state-not-this-browser}. Chromium resolves {@code tandem.test} to this machine, so that the
 * origin is really insecure to it; the platform's pages are on {@code localhost}, another site.
 */
public class PlainHttpLaunchIT {
    private static final String HOST = "tandem.test";
    private ServerProcess server;
    private TestLms lms;
    private TestLmsBrowser platform;
    private String tool;

    @Before
    public void start() throws Exception {
        Chromium.ensureInstalled();
        Path conf = Files.createTempDirectory("tandem-http-conf");
        Files.copy(Path.of(System.getProperty("tandem.conf", "../conf")).resolve("logging.properties"),
                conf.resolve("logging.properties"));
        int port = ServerOptions.freePort();
        tool = "http://" + HOST + ":" + port;
        server = new ServerProcess(conf, port, Map.of("TANDEM_ADMIN_TOKEN", ServerOptions.ADMIN_TOKEN,
                "TANDEM_BASE_URL", tool, "TANDEM_DATA", Files.createTempDirectory("tandem-http-data").toString()));
        server.awaitReadyLine();
        lms = new TestLms();
        platform = new TestLmsBrowser(lms, tool);
        platform.add("maya", new TestLmsBrowser.User("student_launch", "maya-1", "Maya", "Mentee", null, "en"));
        Http.Reply registered = new Http("http://127.0.0.1:" + port + "/api").as("Bearer " + ServerOptions.ADMIN_TOKEN)
                .post("/admin/platforms", platform.registration());
        assertEquals(registered.body(), 201, registered.status());
    }

    @After
    public void stop() throws Exception {
        if (lms != null) {
            lms.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void aLaunchInAWindowOfItsOwnOpensTheApp() throws Exception {
        try (AppDriver app = new AppDriver(Chromium.start(1200, 900, false, HOST), "http")) {
            app.open(platform.loginUrl("maya", false));
            app.waitText("Hello, Maya Mentee");
            assertTrue(app.bodyText(), app.bodyText().contains("No mentoring relationship yet"));
        }
        assertTrue("a launch was logged", server.printed("LTI launch: LtiResourceLinkRequest"));
    }

    @Test
    public void aLaunchInTheCourseFrameUsesPlatformStorage() throws Exception {
        ChromeDriver driver = Chromium.start(1200, 1800, false, HOST);
        try (AppDriver app = new AppDriver(driver, "http-frame")) {
            app.open(platform.site() + "/course?user=maya");
            driver.switchTo().frame(driver.findElement(By.name("tool")));
            app.waitText("Hello, Maya Mentee");
            driver.switchTo().defaultContent();
            assertEquals(List.of("lti.put_data", "lti.put_data", "lti.get_data"),
                    app.script("return window.ltiLog;"));
        }
    }
}
