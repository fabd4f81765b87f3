package org.tandem.rest.internal.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.tandem.rest.api.RestApi;

/**
 * Refuses bodies over {@link RestApi#MAX_BODY_BYTES}: by Content-Length at once, else while reading; and
 * JSON bodies that nest deeper than {@link JsonDepth#MAX}, before any parser (and any resource that
 * parses its own) sees them.
 */
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
        // no resource reads a GET's or a HEAD's body; asking CXF whether there is one makes it copy the
        // input aside (1.1% of the mixed load's request threads)
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || !request.hasEntity()) {
            return;
        }
        InputStream limited = new LimitedInputStream(request.getEntityStream(), limit);
        if (!json(request.getMediaType())) {
            request.setEntityStream(limited);
            return;
        }
        byte[] body;
        try {
            body = limited.readAllBytes();
        } catch (IOException e) {
            throw new BadJsonException("The request body could not be read: " + e.getMessage(), e);
        }
        if (JsonDepth.deeperThan(body, JsonDepth.MAX)) {
            throw new TooDeepException(JsonDepth.MAX);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** JSON, or a body that does not say what it is (a resource may still parse it as JSON). */
    private static boolean json(MediaType type) {
        return type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }
}
