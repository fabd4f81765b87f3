package org.tandem.lti.internal.session;

import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.lti.internal.store.SessionStore;
import org.tandem.model.Feature;
import org.tandem.model.ParticipantRepository;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.CallerResolver;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * {@code Authorization: Bearer <launch session token>} → the caller. The programs a person coordinates
 * are read at each request, so a coordinator added by roster sync or another launch counts at once.
 */
@Component(property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class LaunchSessionResolver implements CallerResolver {
    private final SessionStore sessions;
    private final ParticipantRepository participants;

    @Activate
    public LaunchSessionResolver(@Reference SessionStore sessions, @Reference ParticipantRepository participants) {
        this.sessions = sessions;
        this.participants = participants;
    }

    @Override
    public Optional<Caller> resolve(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return sessions.find(authorization.substring(7).trim()).map(s -> new Caller(s.personId(), s.tenant(),
                s.tenantAdmin(), participants.coordinatedBy(s.personId())));
    }
}
