package org.tandem.rest.internal.resources;

import static org.tandem.rest.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Profile;
import org.tandem.model.ProfileRepository;
import org.tandem.model.ProgramRepository;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.Conditional;
import org.tandem.rest.api.PageDto;
import org.tandem.rest.api.RestApi;

/**
 * {@code /api/people} and each person's {@code /profile}. People arrive from the learning platform:
 * creating, listing and deleting them is for the admin token; a caller sees themself and the people
 * of the programs they administer, and changes only their own details and profile.
 */
@Component(service = PersonResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.people")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {
    private final Crud<Person, PersonDto> crud;
    private final PersonRepository people;
    private final ProfileRepository profiles;
    private final Access access;

    @Activate
    public PersonResource(@Reference PersonRepository people, @Reference ProfileRepository profiles,
            @Reference ProgramRepository programs, @Reference ParticipantRepository participants,
            @Reference AdminGate gate) {
        this.people = people;
        this.profiles = profiles;
        this.access = new Access(gate, programs, participants);
        this.crud = new Crud<>("person", "people", people, PersonDto::of, (d, k) -> d.toModel(k),
                PersonDto::keys);
    }

    @GET
    public PageDto<PersonDto> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.serverAdminOnly(access.who(auth, security), "list_people");
        return crud.list(offset, limit);
    }

    @ApiResponse(responseCode = "200", description = "The person; its version is the ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonDto.class)))
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.readPerson(access.who(auth, security), id);
        return crud.get(id);
    }

    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonDto.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PersonDto body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.serverAdminOnly(access.who(auth, security), "add_people");
        return crud.create(body);
    }

    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonDto.class)))
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, PersonDto body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        access.changePerson(who, id);
        if (!who.serverAdmin() && body != null) {
            // the platform identity is the platform's: a person cannot move themself to another account
            Person stored = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
            body.issuer = stored.issuer();
            body.subject = stored.subject();
        }
        return crud.update(id, ifMatch, body);
    }

    @ApiResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") String version, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.serverAdminOnly(access.who(auth, security), "delete_person");
        return crud.delete(id, ifMatch, version);
    }

    @ApiResponse(responseCode = "200", description = "The profile; its version is the ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProfileDto.class)))
    @GET
    @Path("{id}/profile")
    public Response profile(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.readPerson(access.who(auth, security), id);
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
        Profile profile = profiles.find(id).orElseThrow(() -> new NotFoundException(
                TEXT.format("person.no-profile", "name", person.displayName())));
        return Response.ok(ProfileDto.of(profile)).tag(Conditional.etag(profile.version())).build();
    }

    /** Creates the profile when no version is named, else replaces the version named. */
    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProfileDto.class)))
    @ApiResponse(responseCode = "201", description = "The first profile",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProfileDto.class)))
    @PUT
    @Path("{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveProfile(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            ProfileDto body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.changePerson(access.who(auth, security), id);
        Crud.required(body);
        if (body.personId != null && !body.personId.equals(id)) {
            throw new ValidationException("personId", TEXT.format("input.id-mismatch", "id", id));
        }
        boolean named = Conditional.viaHeader(ifMatch) || body.version != null;
        long version = named ? Conditional.expectedVersion(ifMatch, body.version) : 0;
        try {
            Profile saved = profiles.save(body.toModel(id, version));
            return Response.status(version == 0 ? 201 : 200).entity(ProfileDto.of(saved))
                    .tag(Conditional.etag(saved.version())).build();
        } catch (StaleVersionException e) {
            throw Conditional.stale(e, ifMatch);
        }
    }
}
