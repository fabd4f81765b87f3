package org.tandem.lti.internal.web;

import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.launch.PlatformKeySource;
import org.tandem.lti.internal.launch.Platforms;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.store.LoginStore;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.model.Feature;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/** What the validator needs, from the registry, the platforms' JWKS (cached per URL) and the login store. */
@Component(service = {Platforms.class, RegistryPlatforms.class}, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class RegistryPlatforms implements Platforms {
    private final PlatformStore store;
    private final LoginStore logins;
    private final LtiSettings settings;
    private volatile KeySource keys;

    private record KeySource(Duration interval, PlatformKeySource source) {
    }

    @Activate
    public RegistryPlatforms(@Reference PlatformStore store, @Reference LoginStore logins, @Reference LtiSettings settings) {
        this.store = store;
        this.logins = logins;
        this.settings = settings;
    }

    /** One key source per refetch interval in force: a configuration change takes effect at once. */
    private PlatformKeySource keys() {
        Duration interval = settings.keyRefetchInterval();
        KeySource current = keys;
        if (current == null || !current.interval().equals(interval)) {
            PlatformKeySource.Settings d = PlatformKeySource.Settings.DEFAULT;
            current = new KeySource(interval, new PlatformKeySource(new PlatformKeySource.Settings(d.connectTimeout(),
                    d.readTimeout(), d.sizeLimit(), d.cacheTtl(), interval, d.maxWaiting())));
            keys = current;
        }
        return current.source();
    }

    @Override
    public List<Registration> byIssuer(String issuer) {
        return store.byIssuer(issuer);
    }

    @Override
    public Optional<JWK> key(Registration registration, String kid) {
        return keys().key(registration.jwksUrl(), kid);
    }

    @Override
    public boolean firstUse(Registration registration, String nonce) {
        return logins.spend(nonce);
    }
}
