package org.tandem.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Assume;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its chromedriver, installed with apt where missing (as root, which
 * CI is). Without them the browser tests skip with a message, except under {@code CI=true}.
 */
final class Chromium {
    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    static void ensureInstalled() throws Exception {
        if (installed()) {
            return;
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "apt-get install -y chromium chromium-driver"
                    + " || (apt-get update && apt-get install -y chromium chromium-driver)")
                    .redirectErrorStream(true).redirectOutput(new File("target/apt-chromium.log")).start();
            p.waitFor(15, TimeUnit.MINUTES);
        } catch (IOException e) {
            // no apt here: decided below
        }
        if (!installed() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs " + BROWSER + " and " + DRIVER + "; apt-get could not"
                    + " install them (see target/apt-chromium.log)");
        }
        Assume.assumeTrue("Browser tests skipped: install Debian's chromium and chromium-driver", installed());
    }

    private static boolean installed() {
        return Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER));
    }

    /**
     * A fresh browser profile. {@code blockThirdPartyCookies}: as Safari, and Chrome with tracking
     * protection, treat a tool inside an LMS page from another site.
     */
    static ChromeDriver start(int width, int height, boolean blockThirdPartyCookies) throws IOException {
        return start(width, height, blockThirdPartyCookies, null);
    }

    /** @param mapHost a host name the browser resolves to 127.0.0.1 (a "remote" tool that is here), or null */
    static ChromeDriver start(int width, int height, boolean blockThirdPartyCookies, String mapHost)
            throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("tandem-chromium"));
        if (mapHost != null) {
            options.addArguments("--host-resolver-rules=MAP " + mapHost + " 127.0.0.1");
        }
        if (blockThirdPartyCookies) {
            options.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", 1,
                    "profile.block_third_party_cookies", true));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().withLogOutput(System.err).build();
        return new ChromeDriver(service, options);
    }

    static List<String> tags() {
        return List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    }
}
