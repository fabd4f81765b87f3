package org.tandem.matching.internal.rest;

import static org.tandem.matching.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.features.api.ActiveFeature;
import org.tandem.matching.internal.Matching;
import org.tandem.matching.internal.MatchingFeature;
import org.tandem.matching.internal.score.Criterion;
import org.tandem.matching.internal.score.Weights;
import org.tandem.matching.internal.solve.SolverUnavailableException;
import org.tandem.matching.internal.store.MatchProfile;
import org.tandem.matching.internal.store.Request;
import org.tandem.matching.internal.store.Run;
import org.tandem.matching.internal.store.Settings;
import org.tandem.model.Feature;
import org.tandem.model.ForbiddenException;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.ProgramAccess;
import org.tandem.rest.api.Languages;
import org.tandem.rest.api.RestApi;

/**
 * {@code /api/programs/{id}/matching}: the program's weights and rules, each person's matching
 * profile, admin-led runs (run, review, edit, publish), and self-match (suggestions, requests, accept,
 * decline). Every score comes with its breakdown.
 */
@Component(service = MatchingResource.class, property = Feature.PROPERTY + "=matching",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = MatchingFeature.ON))
@JaxrsResource
@JaxrsName("tandem.matching")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs/{programId}/matching")
@Produces(MediaType.APPLICATION_JSON)
public class MatchingResource {
    private final Matching matching;
    private final ProgramRepository programs;
    private final ParticipantRepository participants;
    private final PersonRepository people;
    private final AdminGate gate;

    @Activate
    public MatchingResource(@Reference Matching matching, @Reference ProgramRepository programs,
            @Reference ParticipantRepository participants, @Reference PersonRepository people, @Reference AdminGate gate) {
        this.matching = matching;
        this.programs = programs;
        this.participants = participants;
        this.people = people;
        this.gate = gate;
    }

    public record SettingsView(long version, Map<Criterion, Integer> weights, boolean otherDepartmentOnly,
            int answerWithinDays, int candidatesPerSlot, boolean fairness, int defaultCapacity) {
        static SettingsView of(Settings s) {
            return new SettingsView(s.version(), s.weights().byCriterion(), s.otherDepartmentOnly(), s.answerWithinDays(),
                    s.candidatesPerSlot(), s.fairness(), s.defaultCapacity());
        }
    }

    @GET
    @Path("settings")
    public SettingsView settings(@PathParam("programId") String programId, @HeaderParam(HttpHeaders.AUTHORIZATION)
            String auth, @Context SecurityContext sc) {
        member(who(auth, sc), programId);
        return SettingsView.of(matching.settings(programId));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsView save(@PathParam("programId") String programId, Bodies.SettingsBody b,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        ProgramAccess.administered(who(auth, sc), programs, programId);
        Settings now = matching.settings(programId);
        if (b == null || b.version() == null) {
            throw new ValidationException("version", TEXT.format("input.settings-version"));
        }
        Weights w = now.weights();
        if (b.weights() != null) {
            Map<Criterion, Integer> m = new EnumMap<>(Criterion.class);
            b.weights().forEach((k, v) -> m.put(criterion(k), v));
            w = new Weights(m);
        }
        return SettingsView.of(matching.save(programId, new Settings(b.version(), w,
                or(b.otherDepartmentOnly(), now.otherDepartmentOnly()), or(b.answerWithinDays(), now.answerWithinDays()),
                or(b.candidatesPerSlot(), now.candidatesPerSlot()), or(b.fairness(), now.fairness()),
                or(b.defaultCapacity(), now.defaultCapacity()))));
    }

    @GET
    @Path("profiles/{personId}")
    public MatchProfile profile(@PathParam("programId") String programId, @PathParam("personId") String personId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        String id = selfOrAdministered(who(auth, sc), programId, personId);
        return matching.profile(programId, id);
    }

    @PUT
    @Path("profiles/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MatchProfile saveProfile(@PathParam("programId") String programId, @PathParam("personId") String personId,
            Bodies.ProfileBody b, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        String id = selfOrAdministered(who(auth, sc), programId, personId);
        if (b == null || b.version() == null) {
            throw new ValidationException("version", TEXT.format("input.profile-version"));
        }
        return matching.saveProfile(new MatchProfile(programId, id, b.version(), b.department(), list(b.languages()),
                list(b.rolesNeeded()), Set.copyOf(list(b.rolesOffered())), Set.copyOf(list(b.conflicts())),
                Set.copyOf(list(b.preferred()))));
    }

    @ApiResponse(responseCode = "201", description = "The run with its proposals",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Views.RunView.class)))
    @POST
    @Path("runs")
    public Response run(@PathParam("programId") String programId, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        Asker who = who(auth, sc);
        Program p = ProgramAccess.administered(who, programs, programId);
        Run run = solve(() -> matching.run(p, who.serverAdmin() ? null : who.caller().personId()));
        return Response.created(URI.create("programs/" + programId + "/matching/runs/" + run.id())).entity(view(run)).build();
    }

    @GET
    @Path("runs/{runId}")
    public Views.RunView getRun(@PathParam("programId") String programId, @PathParam("runId") String runId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        ProgramAccess.administered(who(auth, sc), programs, programId);
        return view(matching.findRun(programId, runId));
    }

    @PUT
    @Path("runs/{runId}/proposals/{slot}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.RunView propose(@PathParam("programId") String programId, @PathParam("runId") String runId,
            @PathParam("slot") int slot, Bodies.ProposalBody b, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        Program p = ProgramAccess.administered(who(auth, sc), programs, programId);
        if (b == null || b.version() == null) {
            throw new ValidationException("version", TEXT.format("input.run-version-read"));
        }
        return view(matching.propose(p, runId, b.version(), slot, b.mentorId()));
    }

    @POST
    @Path("runs/{runId}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.RunView publish(@PathParam("programId") String programId, @PathParam("runId") String runId,
            Bodies.Version b, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Program p = ProgramAccess.administered(who(auth, sc), programs, programId);
        if (b == null || b.version() == null) {
            throw new ValidationException("version", TEXT.format("input.run-version-reviewed"));
        }
        return view(matching.publish(p, runId, b.version()));
    }

    @GET
    @Path("suggestions")
    public List<Views.Suggestion> suggestions(@PathParam("programId") String programId,
            @QueryParam("menteeId") String menteeId, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        Asker who = who(auth, sc);
        String id = selfOrAdministered(who, programId, menteeId == null ? "me" : menteeId);
        Program p = ProgramAccess.visible(who, programs, programId);
        List<Matching.Suggestion> found = solve(() -> matching.suggestions(p, id));
        Map<String, String> names = names(found.stream().map(Matching.Suggestion::mentorId).toList());
        Locale language = Languages.current();
        return found.stream().map(s -> Views.suggestion(s, names, language)).toList();
    }

    @ApiResponse(responseCode = "201", description = "The request, sent to the mentor",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Views.RequestView.class)))
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("programId") String programId, Bodies.RequestBody b,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Asker who = who(auth, sc);
        String me = selfOrAdministered(who, programId, "me");
        if (b == null || b.mentorId() == null) {
            throw new ValidationException("mentorId", TEXT.format("input.mentor-required"));
        }
        Request r = matching.request(ProgramAccess.visible(who, programs, programId), me, b.mentorId(), b.role());
        return Response.created(URI.create("programs/" + programId + "/matching/requests/" + r.id()))
                .entity(Views.request(r, names(List.of(r.menteeId(), r.mentorId())))).build();
    }

    public record Requests(List<Views.RequestView> sent, List<Views.RequestView> received) {
    }

    @GET
    @Path("requests")
    public Requests requests(@PathParam("programId") String programId, @HeaderParam(HttpHeaders.AUTHORIZATION)
            String auth, @Context SecurityContext sc) {
        String me = selfOrAdministered(who(auth, sc), programId, "me");
        List<Request> all = matching.requestsOf(programId, me);
        Map<String, String> names = names(all.stream().flatMap(r -> java.util.stream.Stream.of(r.menteeId(),
                r.mentorId())).toList());
        return new Requests(all.stream().filter(r -> r.menteeId().equals(me)).map(r -> Views.request(r, names)).toList(),
                all.stream().filter(r -> r.mentorId().equals(me)).map(r -> Views.request(r, names)).toList());
    }

    @POST
    @Path("requests/{requestId}/acceptance")
    public Views.RequestView accept(@PathParam("programId") String programId, @PathParam("requestId") String requestId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        return answer(programId, requestId, auth, sc, true);
    }

    @POST
    @Path("requests/{requestId}/decline")
    public Views.RequestView decline(@PathParam("programId") String programId, @PathParam("requestId") String requestId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        return answer(programId, requestId, auth, sc, false);
    }

    private Views.RequestView answer(String programId, String requestId, String auth, SecurityContext sc, boolean yes) {
        Asker who = who(auth, sc);
        String me = selfOrAdministered(who, programId, "me");
        Program p = ProgramAccess.visible(who, programs, programId);
        Request r = matching.findRequest(programId, requestId);
        if (!r.mentorId().equals(me)) {
            throw new ForbiddenException(TEXT.format("access.mentor-answers"));
        }
        Request done = yes ? matching.accept(p, r) : matching.decline(p, r);
        return Views.request(done, names(List.of(done.menteeId(), done.mentorId())));
    }

    private Asker who(String auth, SecurityContext sc) {
        return Asker.of(gate, auth, sc);
    }

    private void member(Asker who, String programId) {
        Program p = ProgramAccess.visible(who, programs, programId);
        if (!ProgramAccess.administers(who, p) && !participants.programsOf(who.caller().personId()).contains(programId)) {
            throw new ForbiddenException(TEXT.format("access.program"));
        }
    }

    /** The person meant ({@code me}: the caller): themself, or anyone for the program's administrators. */
    private String selfOrAdministered(Asker who, String programId, String personId) {
        Program p = ProgramAccess.visible(who, programs, programId);
        boolean admin = ProgramAccess.administers(who, p);
        if ("me".equals(personId)) {
            if (who.serverAdmin()) {
                throw new ForbiddenException(TEXT.format("access.admin-token-nobody"));
            }
            personId = who.caller().personId();
        }
        if (!admin && !personId.equals(who.caller().personId())) {
            throw new ForbiddenException(TEXT.format("access.self-or-admin"));
        }
        if (!admin && !participants.programsOf(personId).contains(programId)) {
            throw new ForbiddenException(TEXT.format("access.not-participant"));
        }
        return personId;
    }

    private Views.RunView view(Run r) {
        Set<String> ids = new HashSet<>();
        r.proposals().forEach(p -> {
            ids.add(p.menteeId());
            if (p.mentorId() != null) {
                ids.add(p.mentorId());
            }
        });
        return Views.run(r, names(ids), Languages.current());
    }

    private Map<String, String> names(Collection<String> ids) {
        return people.findAll(new HashSet<>(ids)).stream().collect(Collectors.toMap(Person::id, Person::displayName,
                (a, b) -> a));
    }

    private static <T> T solve(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SolverUnavailableException e) {
            throw new javax.ws.rs.ServiceUnavailableException(e.getMessage());
        }
    }

    private static Criterion criterion(String name) {
        try {
            return Criterion.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("weights", TEXT.format("input.no-criterion", "name", name, "all",
                    java.util.Arrays.toString(Criterion.values())));
        }
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static <T> T or(T v, T fallback) {
        return v == null ? fallback : v;
    }

}
