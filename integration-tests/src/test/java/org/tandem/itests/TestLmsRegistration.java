package org.tandem.itests;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test platform's side of LTI Dynamic Registration, shaped by what Moodle 4.5 serves: an OpenID
 * configuration and a registration endpoint, both behind the registration token.
 */
public final class TestLmsRegistration {
    public static final String TOKEN = "registration-token-from-the-platform";
    private final TestLms lms;
    private final AtomicInteger registrations = new AtomicInteger();
    private volatile String issuer;
    private volatile Map<String, Object> lastRequest;

    public TestLmsRegistration(TestLms lms) {
        this.lms = lms;
        this.issuer = lms.issuer();
        lms.serve("/openid-configuration", this::configuration);
        lms.serve("/register", this::register);
    }

    public String configurationUrl() {
        return lms.base() + "/openid-configuration";
    }

    /** Makes the configuration claim another issuer (a platform pretending to be someone else). */
    public void claimIssuer(String other) {
        issuer = other;
    }

    public int registrations() {
        return registrations.get();
    }

    public Map<String, Object> lastRequest() {
        return lastRequest;
    }

    private boolean authorised(HttpExchange ex) throws IOException {
        if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            TestLms.reply(ex, 401, "{\"error\":\"invalid registration token\"}");
            return false;
        }
        return true;
    }

    private void configuration(HttpExchange ex) throws IOException {
        if (!authorised(ex)) {
            return;
        }
        Map<String, Object> c = new LinkedHashMap<>(fixture("openid_configuration"));
        c.put("issuer", issuer);
        c.put("token_endpoint", lms.base() + "/token");
        c.put("jwks_uri", lms.base() + "/jwks");
        c.put("authorization_endpoint", lms.base() + "/auth");
        c.put("registration_endpoint", lms.base() + "/register");
        TestLms.reply(ex, 200, JSONObjectUtils.toJSONString(c));
    }

    private void register(HttpExchange ex) throws IOException {
        if (!authorised(ex)) {
            return;
        }
        registrations.incrementAndGet();
        try {
            lastRequest = JSONObjectUtils.parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.text.ParseException e) {
            TestLms.reply(ex, 400, "{\"error\":\"invalid_client_metadata\"}");
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>(lastRequest);
        answer.put("client_id", TestLms.CLIENT_ID);
        Map<String, Object> tool = new LinkedHashMap<>(fixtureTool());
        tool.put("deployment_id", TestLms.DEPLOYMENT);
        answer.put("https://purl.imsglobal.org/spec/lti-tool-configuration", tool);
        TestLms.reply(ex, 200, JSONObjectUtils.toJSONString(answer));
    }

    private static Map<String, Object> fixtureTool() throws IOException {
        try {
            return JSONObjectUtils.getJSONObject(fixture("registration_response"),
                    "https://purl.imsglobal.org/spec/lti-tool-configuration");
        } catch (java.text.ParseException e) {
            throw new IOException(e);
        }
    }

    private static Map<String, Object> fixture(String name) throws IOException {
        try (InputStream in = TestLmsRegistration.class.getResourceAsStream("/moodle-4.5/" + name + ".json")) {
            return JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.text.ParseException e) {
            throw new IOException(e);
        }
    }
}
