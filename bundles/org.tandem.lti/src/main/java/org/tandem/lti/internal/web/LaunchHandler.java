package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.launch.Launch;
import org.tandem.lti.internal.launch.LaunchRejectedException;
import org.tandem.lti.internal.launch.LaunchValidator;
import org.tandem.lti.internal.launch.Platforms;
import org.tandem.lti.internal.launch.Rejection;
import org.tandem.lti.internal.session.Enrolment;
import org.tandem.lti.internal.store.LoginStore;
import org.tandem.lti.internal.store.LoginStore.Login;
import org.tandem.lti.internal.store.PlatformStore;

/**
 * {@code POST /lti/launch}: the platform's form post with {@code id_token} and {@code state}. The
 * state must belong to a live, unspent login of this browser (its cookie, or Platform Storage); the
 * token must pass every rule; only then is anything written (person, program, session).
 */
final class LaunchHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LaunchHandler.class);
    private static final String REBOUND = "1";
    private final LoginStore logins;
    private final PlatformStore platforms;
    private final Enrolment enrolment;
    private final Platforms registry;
    private final LtiSettings settings;
    private final Supplier<DeepLinking> deepLinking;
    /** Told each launch's outcome: {@code ok}, or the rejection's code (for the metrics). */
    private final Consumer<String> outcomes;

    LaunchHandler(LoginStore logins, PlatformStore platforms, Platforms registry, Enrolment enrolment,
            LtiSettings settings, Supplier<DeepLinking> deepLinking, Consumer<String> outcomes) {
        this.deepLinking = deepLinking;
        this.outcomes = outcomes;
        this.logins = logins;
        this.platforms = platforms;
        this.enrolment = enrolment;
        this.registry = registry;
        this.settings = settings;
    }

    /** @param cookieState the value of this state's cookie, if the browser sent it */
    Reply launch(Map<String, String> form, String cookieState) {
        String state = form.get("state");
        Login login = null;
        try {
            login = login(state);
            boolean byCookie = state.equals(cookieState);
            if (!byCookie && login.storageTarget() != null) {
                if (!"verified".equals(form.get("platform_storage"))) {
                    String origin = platforms.find(login.platformId()).map(r -> PlatformStoragePages.origin(r.authLoginUrl()))
                            .orElse("null");
                    return Pages.respond(200, "Opening Tandem", PlatformStoragePages.verify(login.storageTarget(), origin,
                            form.get("id_token"), state));
                }
            } else if (!byCookie && !REBOUND.equals(form.get("rebound"))) {
                // a SameSite=Lax cookie stays behind on the platform's cross-site post: ask once more, same-site
                return Pages.respond(200, TEXT.format("page.opening"), rebound(form.get("id_token"), state));
            } else if (!byCookie) {
                throw new LaunchRejectedException(Rejection.STATE_NOT_THIS_BROWSER, null);
            }
            Login started = login;
            LaunchValidator validator = new LaunchValidator(registry, Clock.systemUTC(), settings.baseUrl());
            Launch launch = validator.validate(form.get("id_token"), login.nonce(), l -> {
                matchesLogin(l, started);
                if (l.isDeepLinking() && deepLinking.get() == null) {
                    throw new LaunchRejectedException(Rejection.DEEP_LINKING_OFF, "feature lti-advantage is off");
                }
            });
            Enrolment.Entered entered = enrolment.enter(launch);
            platforms.launched(launch.registration().id(), Instant.now());
            LOG.info("LTI launch: {} person {} into {} ({} roles)", launch.messageType(), entered.person().id(),
                    entered.program() == null ? "no course" : "program " + entered.program().id(), launch.roles().size());
            DeepLinking linking = deepLinking.get();
            Reply page = launch.isDeepLinking() && linking != null ? linking.choose(entered, launch.deepLinking())
                    : AppPages.respond(entered, settings.baseUrl(), activity(launch));
            outcomes.accept("ok");
            return page.with("Set-Cookie", new StateCookie(settings.baseUrl()).clear(state));
        } catch (LaunchRejectedException e) {
            outcomes.accept(e.rejection().code());
            return refused(e, login);
        }
    }

    /** The activity a teacher placed by Deep Linking (the app opens its page), or "". */
    static String activity(Launch launch) {
        Object key = launch.custom() == null ? null : launch.custom().get("tandem_activity");
        return key == null ? "" : Activity.of(key.toString()).map(a -> a.key).orElse("");
    }

    /**
     * The launch posted again from the tool's own page: a same-site post, so the browser now sends the
     * login's {@code SameSite=Lax} cookie if it has it. Without it the launch is refused as before.
     */
    private static String rebound(String idToken, String state) {
        return "<h1>" + Pages.esc(TEXT.format("page.opening")) + "</h1><form id=\"f\" method=\"post\" action=\"launch\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + Pages.esc(idToken) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + Pages.esc(state) + "\">"
                + "<input type=\"hidden\" name=\"rebound\" value=\"" + REBOUND + "\">"
                + "<noscript><button>" + Pages.esc(TEXT.format("page.continue")) + "</button></noscript></form>"
                + "<script>document.getElementById('f').submit();</script>";
    }

    private Login login(String state) {
        if (state == null || state.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_STATE, null);
        }
        Login login = logins.find(state).orElseThrow(() -> new LaunchRejectedException(Rejection.UNKNOWN_STATE, null));
        if (login.used()) {
            throw new LaunchRejectedException(Rejection.STATE_REUSED, null);
        }
        if (login.expired(Instant.now())) {
            throw new LaunchRejectedException(Rejection.LOGIN_EXPIRED, null);
        }
        return login;
    }

    /** Catalogue 30: the token must come from the registration and deployment the login named. */
    private static void matchesLogin(Launch launch, Login login) {
        if (!launch.registration().id().equals(login.platformId())) {
            throw new LaunchRejectedException(Rejection.LOGIN_MISMATCH, "the login named another client id");
        }
        if (login.deploymentHint() != null && !login.deploymentHint().equals(launch.deploymentId())) {
            throw new LaunchRejectedException(Rejection.LOGIN_MISMATCH, "login deployment " + login.deploymentHint()
                    + ", token deployment " + launch.deploymentId());
        }
    }

    private Reply refused(LaunchRejectedException e, Login login) {
        Rejection r = e.rejection();
        LOG.warn("LTI launch refused [{}]: {}{}", r.code(), e.getMessage(),
                login == null ? "" : " (platform registration " + login.platformId() + ")");
        String title = TEXT.format("page.could-not-open");
        StringBuilder body = new StringBuilder("<h1>").append(Pages.esc(title)).append("</h1><p>")
                .append(Pages.esc(r.message())).append("</p>");
        if (r.offersNewWindow()) {
            body.append("<p>").append(Pages.esc(TEXT.format("page.blocked"))).append("</p>");
            if (login != null && !login.relaunchQuery().isEmpty()) {
                body.append("<p><a class=\"button\" target=\"_blank\" rel=\"noopener\" href=\"")
                        .append(Pages.esc(settings.baseUrl() + "/lti/login?" + login.relaunchQuery()))
                        .append("\">").append(Pages.esc(TEXT.format("page.new-window"))).append("</a></p>");
            } else {
                body.append("<p>").append(Pages.esc(TEXT.format("page.open-again"))).append("</p>");
            }
        }
        body.append("<p class=\"muted\">").append(Pages.esc(TEXT.format("page.reason", "code", "\u0000")).replace(
                "\u0000", "<code>" + r.code() + "</code>")).append("</p>");
        return Pages.respond(r.status(), title, body.toString());
    }
}
