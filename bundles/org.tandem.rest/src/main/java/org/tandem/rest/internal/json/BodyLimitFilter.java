package org.tandem.rest.internal.json;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.tandem.rest.api.RestApi;

/** Refuses bodies over {@link RestApi#MAX_BODY_BYTES}: by Content-Length at once, else while reading. */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("tandem.body-limit")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {
    private final long limit;

    public BodyLimitFilter() {
        this(RestApi.MAX_BODY_BYTES);
    }

    BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > limit) {
            throw new BodyTooLargeException(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }
}
