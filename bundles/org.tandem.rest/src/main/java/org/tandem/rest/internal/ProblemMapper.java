package org.tandem.rest.internal;

import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.ConflictException;
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.NotAuthenticatedException;
import org.tandem.rest.api.PreconditionFailedException;
import org.tandem.rest.api.PreconditionRequiredException;
import org.tandem.rest.api.Problem;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.internal.json.BadJsonException;
import org.tandem.rest.internal.json.BodyTooLargeException;
import org.tandem.storage.StorageException;

/** The one place that turns any failure into {@code application/problem+json}, and logs it. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("tandem.problems")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        Problem p = problem(e);
        p.instance = uri == null ? null : uri.getRequestUri().getPath();
        if (p.status >= 500) {
            LOG.error("{} {} failed: {}", p.instance, p.status, p.detail, e);
        } else {
            LOG.info("{} answered {}: {}", p.instance, p.status, p.detail);
        }
        return Response.status(p.status).type(RestApi.PROBLEM_JSON).entity(p).build();
    }

    static Problem problem(Throwable e) {
        if (e instanceof ValidationException v) {
            Problem p = new Problem("validation", "Some fields need attention", 400, v.errors().stream()
                    .map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")) + ".");
            p.errors = v.errors();
            return p;
        }
        if (e instanceof BadJsonException) {
            return new Problem("malformed-json", "The request body is not valid JSON", 400, e.getMessage());
        }
        if (e instanceof BodyTooLargeException) {
            return new Problem("body-too-large", "Request body too large", 413, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return new Problem("not-found", "Not found", 404, e.getMessage());
        }
        if (e instanceof StaleVersionException s) {
            return stale(409, s.getMessage(), s.currentVersion());
        }
        if (e instanceof PreconditionFailedException s) {
            return stale(412, s.getMessage(), s.currentVersion());
        }
        if (e instanceof PreconditionRequiredException) {
            return new Problem("version-required", "Which version did you edit?", 428, e.getMessage());
        }
        if (e instanceof ConflictException c) {
            Problem p = new Problem("conflict", "This change conflicts with stored data", 409, e.getMessage());
            p.reasons = c.reasons().isEmpty() ? null : c.reasons();
            return p;
        }
        if (e instanceof ForbiddenException) {
            return new Problem("forbidden", "Not allowed", 403, e.getMessage());
        }
        if (e instanceof NotAuthenticatedException) {
            return new Problem("not-signed-in", "Who are you?", 401, e.getMessage());
        }
        if (e instanceof WebApplicationException w) {
            return HttpProblems.of(w);
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        if (e instanceof StorageException) {
            return new Problem("database-unavailable", "The database did not answer", 503,
                    "Nothing was saved; please try again in a moment. If it persists, the administrator can find"
                            + " the cause in the server log under reference " + ref + ".");
        }
        return new Problem("internal", "Something went wrong on our side", 500,
                "The request could not be completed (reference " + ref + "); the administrator can find the cause"
                        + " in the server log under this reference.");
    }

    private static Problem stale(int status, String detail, long current) {
        Problem p = new Problem("stale-version", "Someone else changed this first", status, detail);
        p.currentVersion = current;
        return p;
    }
}
