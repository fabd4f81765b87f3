package org.tandem.rest.internal.resources;

import static org.tandem.rest.internal.Texts.TEXT;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.ProgramRepository;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.RestApi;

/**
 * {@code /api/programs/{id}/participants}: who takes part in a program, as launches and roster syncs
 * recorded them, for its administrators; {@code PUT …/{personId}} with {@code {"mentor": true}} makes a
 * participant available as a mentor (the LMS has no such role, so mentors are chosen here).
 */
@Component(service = ParticipantResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.participants")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs/{programId}/participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {
    private final ParticipantRepository participants;
    private final PersonRepository people;
    private final Access access;

    @Activate
    public ParticipantResource(@Reference ParticipantRepository participants, @Reference PersonRepository people,
            @Reference ProgramRepository programs, @Reference AdminGate gate) {
        this.participants = participants;
        this.people = people;
        this.access = new Access(gate, programs, participants);
    }

    /**
     * @param placed whether Tandem gave the person any capacity; an unplaced one waits for the coordinator
     * @param platformRoles the course roles the platform sent, as it named them
     */
    public record ParticipantView(String personId, String displayName, String email, boolean coordinator,
            boolean mentee, boolean mentor, boolean testUser, boolean active, String source, boolean placed,
            String platformRoles) {
    }

    public record Change(Boolean mentor) {
    }

    @GET
    public List<ParticipantView> list(@PathParam("programId") String programId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.administerProgram(access.who(auth, security), programId);
        List<Participant> all = participants.inProgram(programId);
        Map<String, Person> names = people.findAll(all.stream().map(Participant::personId).toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        return all.stream().map(p -> view(p, names.get(p.personId())))
                .sorted(Comparator.comparing(ParticipantView::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @PUT
    @Path("{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ParticipantView change(@PathParam("programId") String programId, @PathParam("personId") String personId,
            Change body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.administerProgram(access.who(auth, security), programId);
        if (body == null || !Boolean.TRUE.equals(body.mentor())) {
            throw new ValidationException("mentor", TEXT.format("participant.mentor-only-true"));
        }
        Participant p = participants.inProgram(programId).stream().filter(x -> x.personId().equals(personId))
                .findFirst().orElseThrow(() -> new NotFoundException("participant", personId));
        Participant changed = participants.record(new Participant(programId, personId, p.coordinator(), p.mentee(),
                true, p.testUser(), p.active(), "manual", null));
        return view(changed, people.find(personId).orElse(null));
    }

    private static ParticipantView view(Participant p, Person person) {
        return new ParticipantView(p.personId(), person == null ? "?" : person.displayName(),
                person == null ? null : person.email(), p.coordinator(), p.mentee(), p.mentor(), p.testUser(),
                p.active(), p.source(), p.placed(), p.platformRoles());
    }
}
