package org.tandem.rest.internal;

import java.util.List;
import java.util.Locale;
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
import org.tandem.model.FieldError;
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.Languages;
import org.tandem.rest.api.Messages;
import org.tandem.rest.api.NotAuthenticatedException;
import org.tandem.rest.api.PreconditionFailedException;
import org.tandem.rest.api.PreconditionRequiredException;
import org.tandem.rest.api.Problem;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.internal.json.BadJsonException;
import org.tandem.rest.internal.json.BodyTooLargeException;
import org.tandem.rest.internal.json.JsonDepth;
import org.tandem.rest.internal.json.TooDeepException;
import org.tandem.storage.StorageException;

/** The one place that turns any failure into {@code application/problem+json}, and logs it. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("tandem.problems")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    static final Messages TEXT = Texts.TEXT;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        Problem p = problem(e, Languages.current());
        p.instance = instance();
        if (p.status >= 500) {
            LOG.error("{} {} failed: {}", p.instance, p.status, p.detail, e);
        } else {
            LOG.info("{} answered {}: {}", p.instance, p.status, p.detail);
        }
        return Response.status(p.status).type(RestApi.PROBLEM_JSON).entity(p).build();
    }

    /** The request's path; none when the address itself cannot be parsed (a bad escape such as %ZZ). */
    private String instance() {
        try {
            return uri == null ? null : uri.getRequestUri().getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Problem problem(Throwable e) {
        return problem(e, Languages.DEFAULT);
    }

    private static boolean badAddress(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.URISyntaxException) {
                return true;
            }
            // CXF's decoding of a query or path parameter with a bad escape
            StackTraceElement[] at = t.getStackTrace();
            if (t instanceof IllegalArgumentException && at.length > 0
                    && "org.apache.cxf.common.util.UrlUtils".equals(at[0].getClassName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A field's error within the detail's one sentence: "name is required", or for a message that is a
     * sentence of its own, "q: Type at least 2 characters" (its full stop is the detail's).
     */
    static String inDetail(FieldError f) {
        String m = f.message() == null ? "" : f.message().strip();
        m = m.endsWith(".") && !m.endsWith("..") ? m.substring(0, m.length() - 1) : m;
        return !m.isEmpty() && Character.isUpperCase(m.charAt(0)) ? f.field() + ": " + m : f.field() + " " + m;
    }

    /** The problem, its title (and the details Tandem writes itself) in the reader's language. */
    static Problem problem(Throwable e, Locale l) {
        if (e instanceof ValidationException v) {
            List<FieldError> errors = v.errors().stream().map(f -> worded(f, l)).toList();
            Problem p = of(l, "validation", 400, TEXT.format(l, "problem.validation.detail", "n", errors.size(),
                    "fields", errors.stream().map(ProblemMapper::inDetail).collect(Collectors.joining("; "))));
            p.errors = errors;
            return p;
        }
        if (badAddress(e)) {
            return of(l, "bad-address", 400, TEXT.format(l, "problem.bad-address.detail"));
        }
        if (e instanceof BadJsonException) {
            return of(l, "malformed-json", 400, e.getMessage());
        }
        if (e instanceof TooDeepException) {
            return of(l, "too-deep", 400, TEXT.format(l, "problem.too-deep.detail", "max", JsonDepth.MAX));
        }
        if (e instanceof BodyTooLargeException) {
            return of(l, "body-too-large", 413, e.getMessage());
        }
        if (e instanceof NotFoundException n) {
            return of(l, "not-found", 404, n.kind() == null ? e.getMessage()
                    : TEXT.format(l, "not-found.detail", "kind", n.kind().replace(' ', '_'), "id", n.id()));
        }
        if (e instanceof StaleVersionException s) {
            return stale(l, 409, TEXT.format(l, "stale.detail", "expected", s.expectedVersion(), "current",
                    s.currentVersion()), s.currentVersion());
        }
        if (e instanceof PreconditionFailedException s) {
            return stale(l, 412, s.getMessage(), s.currentVersion());
        }
        if (e instanceof PreconditionRequiredException) {
            return of(l, "version-required", 428, e.getMessage());
        }
        if (e instanceof ConflictException c) {
            Problem p = of(l, "conflict", 409, c.code() == null ? e.getMessage()
                    : TEXT.format(l, "conflict." + c.code(), c.args()));
            p.reasons = c.reasons().isEmpty() ? null : c.reasons();
            return p;
        }
        if (e instanceof ForbiddenException) {
            return of(l, "forbidden", 403, e.getMessage());
        }
        if (e instanceof NotAuthenticatedException) {
            return of(l, "not-signed-in", 401, e.getMessage());
        }
        if (e instanceof WebApplicationException w) {
            return HttpProblems.of(w, l);
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        if (e instanceof StorageException) {
            return of(l, "database-unavailable", 503, TEXT.format(l, "problem.database-unavailable.detail", "ref", ref));
        }
        return of(l, "internal", 500, TEXT.format(l, "problem.internal.detail", "ref", ref));
    }

    /** A domain rule's failure, worded in the reader's language by its code; others as they came. */
    private static FieldError worded(FieldError f, Locale l) {
        return f.code() == null ? f : new FieldError(f.field(), TEXT.format(l, "field." + f.code(), f.args()), f.code(),
                f.args());
    }

    private static Problem of(Locale l, String slug, int status, String detail) {
        return new Problem(slug, TEXT.format(l, "problem." + slug), status, detail);
    }

    private static Problem stale(Locale l, int status, String detail, long current) {
        Problem p = of(l, "stale-version", status, detail);
        p.currentVersion = current;
        return p;
    }
}
