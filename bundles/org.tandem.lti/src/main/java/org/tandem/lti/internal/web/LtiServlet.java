package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.launch.Platforms;
import org.tandem.lti.internal.launch.Rejection;
import org.tandem.lti.internal.session.Enrolment;
import org.tandem.lti.internal.store.LoginStore;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.lti.internal.store.RegistrationLinks;
import org.tandem.lti.internal.store.ToolKeys;
import org.tandem.model.Feature;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * The endpoints platforms and browsers call, under {@code /lti}: {@code login}, {@code launch},
 * {@code jwks}, {@code register}, {@code config/canvas.json}, {@code deep-link}. A servlet on the HTTP
 * whiteboard rather than JAX-RS resources: a second JAX-RS application (or resources in the whiteboard's default one)
 * makes Aries JAX-RS 2.0.2 on CXF 3.6 publish two CXF servers into one destination registry ("There is
 * an endpoint already running on /"), after which neither application is served reliably.
 */
@Component(service = Servlet.class, property = {Feature.PROPERTY + "=lti",
        "osgi.http.whiteboard.servlet.pattern=/lti/*", "osgi.http.whiteboard.servlet.name=tandem.lti"},
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class LtiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Catalogue 31: a body over this bound is refused before it is parsed. */
    static final int MAX_BODY = 64 * 1024;
    private final transient LoginHandler login;
    private final transient LaunchHandler launch;
    /** Present while the feature lti-advantage runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeepLinking deepLinking;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MeterRegistry meters;
    private final transient RegistrationHandler registration;
    private final transient ToolKeys keys;
    private final transient LtiSettings settings;

    @Activate
    public LtiServlet(@Reference PlatformStore platforms, @Reference LoginStore logins, @Reference Platforms registry,
            @Reference Enrolment enrolment, @Reference ToolKeys keys,
            @Reference LtiSettings settings, @Reference RegistrationLinks links) {
        this.login = new LoginHandler(platforms, logins, settings);
        this.launch = new LaunchHandler(logins, platforms, registry, enrolment, settings, () -> deepLinking,
                this::counted);
        this.registration = new RegistrationHandler(links, platforms, settings);
        this.keys = keys;
        this.settings = settings;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String method = request.getMethod();
        reply(path, method, request).writeTo(response);
    }

    private Reply reply(String path, String method, HttpServletRequest request) {
        boolean post = "POST".equals(method);
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        Map<String, List<String>> params;
        try {
            params = post ? FormBody.read(request, MAX_BODY) : FormBody.of(request.getParameterMap());
        } catch (FormBody.TooLargeException e) {
            return Pages.respond(413, TEXT.format("page.too-large"), "<h1>" + Pages.esc(TEXT.format(
                    "page.could-not-open")) + "</h1><p>" + Pages.esc(Rejection.TOO_LARGE.message())
                    + "</p><p class=\"muted\">" + Pages.esc(TEXT.format("page.reason-short", "code", "\u0000"))
                    .replace("\u0000", "<code>" + Rejection.TOO_LARGE.code() + "</code>") + "</p>");
        } catch (IOException e) {
            return Pages.respond(400, TEXT.format("page.bad-request"), "<h1>" + Pages.esc(TEXT.format("page.unreadable"))
                    + "</h1><p>"
                    + Pages.esc(e.getMessage()) + "</p>");
        }
        return switch (path) {
            case "/login" -> get || post ? login.start(single(params)) : notAllowed("GET, POST");
            case "/launch" -> post ? launch.launch(single(params), cookie(request, "lti_state_"
                    + single(params).get("state"))) : notAllowed("POST");
            case "/deep-link" -> deepLinking == null ? Pages.respond(404, TEXT.format("page.not-found"), "<h1>"
                    + Pages.esc(TEXT.format("page.deep-linking-off")) + "</h1><p>"
                    + Pages.esc(Rejection.DEEP_LINKING_OFF.message()) + "</p>")
                    : post ? deepLinking.respond(params)
                    : notAllowed("POST");
            case "/jwks" -> get ? Reply.of(200, "application/jwk-set+json", keys.publicKeys().toString(true))
                    .with("Cache-Control", "max-age=300") : notAllowed("GET");
            case "/register" -> get ? registration.register(single(params)) : notAllowed("GET");
            case "/config/canvas.json" -> get ? Reply.of(200, "application/json",
                    CanvasConfig.json(settings.baseUrl(), settings.toolName(), deepLinking != null))
                    : notAllowed("GET");
            default -> Pages.respond(404, TEXT.format("page.not-found"), "<h1>" + Pages.esc(TEXT.format(
                    "page.nothing-here")) + "</h1><p>" + Pages.esc(TEXT.format("page.endpoints")) + "</p>");
        };
    }

    /** Counts a launch by outcome: {@code ok} or why it was refused. */
    private void counted(String outcome) {
        MeterRegistry registry = meters;
        if (registry != null) {
            registry.counter("tandem.lti.launches", "outcome", outcome).increment();
        }
    }

    private static Reply notAllowed(String allowed) {
        return Pages.respond(405, TEXT.format("page.method"), "<h1>" + Pages.esc(TEXT.format("page.method.text",
                "allowed", allowed)) + "</h1>")
                .with("Allow", allowed);
    }

    private static Map<String, String> single(Map<String, List<String>> params) {
        Map<String, String> out = new HashMap<>();
        params.forEach((k, v) -> out.put(k, v.isEmpty() ? null : v.get(0)));
        return out;
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

}
