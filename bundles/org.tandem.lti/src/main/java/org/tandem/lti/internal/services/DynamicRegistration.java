package org.tandem.lti.internal.services;

import static org.tandem.lti.internal.Texts.TEXT;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpRequest;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tandem.lti.internal.launch.LtiClaims;
import org.tandem.lti.internal.launch.Registration;

/**
 * LTI Dynamic Registration 1.0, the tool's side: reads the platform's OpenID configuration, checks
 * that its issuer is on the host the configuration came from, and registers the tool at the
 * platform's registration endpoint, both with the platform's registration token.
 */
public final class DynamicRegistration {
    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    /** The registration to store (no id yet; tenant left to the registry) and the platform's product name. */
    public record Outcome(Registration registration, String product) {
    }

    private DynamicRegistration() {
    }

    /** @throws ServiceException with a message for the platform admin when any step fails */
    public static Outcome register(String openidConfiguration, String registrationToken, String toolBase,
            String toolName) {
        URI configUrl = uri(openidConfiguration, "openid_configuration");
        Map<String, Object> config = json(ServiceHttp.send(bearer(ServiceHttp.to(configUrl.toString()),
                registrationToken).header("Accept", "application/json").GET(), "Platform configuration"),
                "platform configuration");
        String issuer = required(config, "issuer");
        if (!sameOrigin(uri(issuer, "issuer"), configUrl)) {
            throw new ServiceException(TEXT.format("service.issuer-host", "issuer", issuer, "origin",
                    configUrl.getScheme() + "://" + configUrl.getAuthority()));
        }
        String endpoint = required(config, "registration_endpoint");
        String auth = required(config, "authorization_endpoint");
        String jwks = required(config, "jwks_uri");
        String token = config.get("token_endpoint") instanceof String t ? t : null;
        // the endpoints may sit elsewhere (hosted Canvas: sso.canvaslms.com); the issuer check is the spec's
        Map<String, Object> answer = json(ServiceHttp.send(bearer(ServiceHttp.to(endpoint), registrationToken)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(toolRequest(toolBase,
                        toolName, config)))), "Registration"), "registration answer");
        String clientId = required(answer, "client_id");
        String deployment = answer.get(TOOL_CONFIGURATION) instanceof Map<?, ?> tc
                && tc.get("deployment_id") instanceof String d ? d : null;
        String product = config.get(PLATFORM_CONFIGURATION) instanceof Map<?, ?> pc
                && pc.get("product_family_code") instanceof String p ? p : "platform";
        String name = product.substring(0, 1).toUpperCase() + product.substring(1) + " at "
                + uri(issuer, "issuer").getAuthority();
        return new Outcome(new Registration(null, 0, name.length() > 200 ? name.substring(0, 200) : name, issuer,
                clientId, deployment == null ? Set.of() : Set.of(deployment), null, auth, token, jwks), product);
    }

    /** What the tool asks for: our URLs, the Advantage scopes the platform offers, and Deep Linking. */
    static Map<String, Object> toolRequest(String base, String toolName, Map<String, Object> platformConfig) {
        List<?> offered = platformConfig.get("scopes_supported") instanceof List<?> l ? l : List.of();
        List<String> wanted = List.of(LtiClaims.SCOPE_LINE_ITEM, LtiClaims.SCOPE_SCORE,
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly", LtiClaims.SCOPE_NRPS);
        Map<String, Object> lti = new LinkedHashMap<>();
        lti.put("domain", URI.create(base).getAuthority());
        lti.put("target_link_uri", base + "/lti/launch");
        lti.put("description", "Mentoring programs inside the course: matching, agreements, development plans,"
                + " meetings and feedback.");
        lti.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email", "locale", "picture"));
        lti.put("messages", List.of(Map.of("type", LtiClaims.DEEP_LINKING_REQUEST, "target_link_uri",
                base + "/lti/launch", "label", "Add a Tandem activity")));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("application_type", "web");
        r.put("response_types", List.of("id_token"));
        r.put("grant_types", List.of("implicit", "client_credentials"));
        r.put("initiate_login_uri", base + "/lti/login");
        r.put("redirect_uris", List.of(base + "/lti/launch"));
        r.put("client_name", toolName);
        r.put("jwks_uri", base + "/lti/jwks");
        r.put("token_endpoint_auth_method", "private_key_jwt");
        r.put("scope", String.join(" ", wanted.stream().filter(s -> offered.isEmpty() || offered.contains(s))
                .toList()));
        r.put(TOOL_CONFIGURATION, lti);
        return r;
    }

    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder r, String token) {
        return token == null || token.isBlank() ? r : r.header("Authorization", "Bearer " + token);
    }

    private static URI uri(String value, String what) {
        try {
            URI u = URI.create(value);
            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return u;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ServiceException(TEXT.format("service.not-url", "what", what, "value", String.valueOf(value)));
        }
    }

    private static Map<String, Object> json(ServiceHttp.Answer a, String what) {
        if (!a.ok()) {
            throw new ServiceException(TEXT.format("service.request-refused", "what", what, "status",
                    String.valueOf(a.status()), "answer", ServiceHttp.excerpt(a.body())));
        }
        try {
            return JSONObjectUtils.parse(a.body());
        } catch (ParseException e) {
            throw new ServiceException(TEXT.format("service.not-json", "what", what, "answer", ServiceHttp.excerpt(a.body())));
        }
    }

    private static String required(Map<String, Object> json, String field) {
        if (json.get(field) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new ServiceException(TEXT.format("service.answer-lacks", "field", field));
    }
}
