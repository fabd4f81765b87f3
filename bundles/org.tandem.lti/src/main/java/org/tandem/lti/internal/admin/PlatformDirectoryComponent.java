package org.tandem.lti.internal.admin;

import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.api.PlatformDirectory;
import org.tandem.lti.internal.LtiFeature;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.model.Feature;

/** The platform registry for code: what the admin API does with a new platform, found again on a restart. */
@Component(service = PlatformDirectory.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class PlatformDirectoryComponent implements PlatformDirectory {
    private final PlatformStore store;

    @Activate
    public PlatformDirectoryComponent(@Reference PlatformStore store) {
        this.store = store;
    }

    @Override
    public synchronized String ensure(NewPlatform p) {
        Registration found = store.byIssuer(p.issuer()).stream().filter(r -> r.clientId().equals(p.clientId()))
                .findFirst().orElse(null);
        if (found == null) {
            return store.create(new Registration(null, 0, p.name(), p.issuer(), p.clientId(), Set.of(p.deploymentId()),
                    null, p.authLoginUrl(), p.tokenUrl(), p.jwksUrl())).id();
        }
        if (!found.deploymentIds().contains(p.deploymentId())) {
            store.addDeployment(found.id(), p.deploymentId());
        }
        return found.id();
    }
}
