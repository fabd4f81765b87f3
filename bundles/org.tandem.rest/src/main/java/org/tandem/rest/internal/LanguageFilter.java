package org.tandem.rest.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.tandem.rest.api.Languages;
import org.tandem.rest.api.RestApi;

/**
 * Makes the request's {@code Accept-Language} the language every sentence of the answer is built in
 * ({@link Languages#current()}), from before the resource is matched (so a 404 is worded too) until
 * the answer, problem details included, is written. The JAX-RS runtime runs in a servlet context of
 * its own, which the HTTP whiteboard's filters do not reach.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsName("tandem.language")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@PreMatching
public class LanguageFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String SCOPE = LanguageFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        List<Locale> accepted;
        try {
            accepted = request.getHeaderString("Accept-Language") == null ? List.of() : request.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            accepted = List.of(); // an unreadable header is answered in English, like a missing one
        }
        request.setProperty(SCOPE, Languages.reading(accepted));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SCOPE) instanceof Languages.Scope scope) {
            scope.close();
        }
    }
}
