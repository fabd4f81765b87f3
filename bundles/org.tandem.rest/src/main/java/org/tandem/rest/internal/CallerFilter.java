package org.tandem.rest.internal;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.CallerResolver;
import org.tandem.rest.api.Callers;
import org.tandem.rest.api.RestApi;

/**
 * Asks each registered {@link CallerResolver} who the request's credentials belong to. The server's admin
 * token is no one's: it is recognised in memory and the resolvers are not asked (the launch sessions'
 * resolver would look it up in the database, in vain, at every admin request).
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("tandem.caller")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
public class CallerFilter implements ContainerRequestFilter {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<CallerResolver> resolvers = List.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AdminGate gate;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        AdminGate admin = gate;
        if (authorization == null || admin != null && admin.admits(authorization)) {
            return;
        }
        for (CallerResolver resolver : resolvers) {
            Optional<Caller> caller = resolver.resolve(authorization);
            if (caller.isPresent()) {
                request.setSecurityContext(new CallerContext(caller.get(), request.getSecurityContext()));
                return;
            }
        }
    }

    /** The security context of a recognised caller. */
    record CallerContext(Caller caller, SecurityContext original) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new Callers.CallerPrincipal(caller);
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return original != null && original.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
