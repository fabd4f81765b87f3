package org.tandem.privacy.internal;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.Callers;
import org.tandem.rest.api.RestApi;
import org.tandem.rest.api.ShowsPeople;

/**
 * The access log: after a successful read of a person's data by someone who is neither that person nor
 * their partner in the relationship read, one row per person read. A person's data is what a route names
 * by a person's id ({@code /people/{id}…}, {@code /admin/people/{id}/…}, a {@code {personId}}) or a
 * relationship's pages ({@code /relationships/{id}/…}: its members), and a program's lists of its people
 * (participants, the relationships' health): everyone the program has recorded, one row each.
 */
@Component(service = ContainerResponseFilter.class, property = Feature.PROPERTY + "=core")
@JaxrsExtension
@JaxrsName("tandem.privacy.access-log")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
public class AccessLog implements ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
    private final AccessLogStore store;
    private final RelationshipRepository relationships;
    private final AdminGate gate;
    private final ParticipantRepository participants;
    /** Routes that list a program's people, by the path parameter that names the program. */
    private static final Map<String, String> PROGRAM_LISTS = Map.of(
            RestApi.BASE + "/programs/{programId}/participants", "programId",
            RestApi.BASE + "/programs/{id}/health", "id");
    private final Map<Method, String> routes = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Activate
    public AccessLog(@Reference AccessLogStore store, @Reference RelationshipRepository relationships,
            @Reference AdminGate gate, @Reference ParticipantRepository participants) {
        this.store = store;
        this.relationships = relationships;
        this.gate = gate;
        this.participants = participants;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() >= 300 || resource == null
                || resource.getResourceMethod() == null) {
            return;
        }
        String route = routes.computeIfAbsent(resource.getResourceMethod(), m -> route(resource.getResourceClass(), m));
        Caller caller = caller(request);
        if (caller != null && !caller.tenantAdmin() && caller.programsAdministered().isEmpty()
                && route.startsWith(RestApi.BASE + "/relationships/{id}")) {
            return; // without administrative rights, a 2xx on a relationship's page means a member reads it
        }
        MultivaluedMap<String, String> params = request.getUriInfo().getPathParameters();
        Set<String> subjects = subjects(route, params, response.getEntity());
        if (subjects.isEmpty()) {
            return;
        }
        boolean admin = caller == null && gate.admits(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (caller == null && !admin) {
            return;
        }
        if (caller != null) {
            if (subjects.contains(caller.personId()) && route.startsWith(RestApi.BASE + "/relationships/{id}")) {
                return; // a member reads their own relationship, with their partners in it
            }
            subjects.remove(caller.personId());
        }
        Instant now = Instant.now();
        List<AccessLogStore.Read> reads = new ArrayList<>();
        subjects.forEach(s -> reads.add(new AccessLogStore.Read(caller == null ? null : caller.personId(),
                admin ? "admin-token" : "person", caller == null ? null : caller.tenant(), s, "GET " + route, now)));
        try {
            store.record(reads);
        } catch (RuntimeException e) {
            LOG.error("The access log could not record {} read(s) of {}: {}", reads.size(), route, e.getMessage(), e);
        }
    }

    /** The people whose data this route reads; {@code answer}, the answer's entity, may name them. */
    Set<String> subjects(String route, MultivaluedMap<String, String> params, Object answer) {
        Set<String> out = new LinkedHashSet<>();
        if (route.startsWith(RestApi.BASE + "/people/{id}") || route.startsWith(RestApi.BASE + "/admin/people/{id}")) {
            out.add(params.getFirst("id"));
        }
        if (params.containsKey("personId")) {
            out.add(params.getFirst("personId"));
        }
        PROGRAM_LISTS.forEach((list, param) -> {
            if (route.startsWith(list) && !params.containsKey("personId") && params.containsKey(param)) {
                participants.inProgram(params.getFirst(param)).forEach(p -> out.add(p.personId()));
            }
        });
        if (route.startsWith(RestApi.BASE + "/relationships/{id}") && params.containsKey("id")) {
            if (answer instanceof ShowsPeople shown) {
                out.addAll(shown.peopleShown()); // the members the reader saw, without reading them again
            } else {
                relationships.find(params.getFirst("id")).ifPresent(r -> r.members().stream().map(Member::personId)
                        .forEach(out::add));
            }
        }
        out.remove(null);
        return out;
    }

    private static Caller caller(ContainerRequestContext request) {
        try {
            return Callers.of(request.getSecurityContext());
        } catch (RuntimeException none) {
            return null;
        }
    }

    /** {@code /api} + the class's and the method's {@code @Path}. */
    static String route(Class<?> type, Method method) {
        StringBuilder route = new StringBuilder(RestApi.BASE);
        for (Path p : new Path[] {type == null ? null : type.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
            String value = p == null ? "" : p.value().replaceAll("^/+|/+$", "");
            if (!value.isEmpty()) {
                route.append('/').append(value);
            }
        }
        return route.toString();
    }
}
