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
import org.tandem.model.ForbiddenException;
import org.tandem.model.NotFoundException;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.PageDto;
import org.tandem.rest.api.Paging;
import org.tandem.rest.api.RestApi;

/** {@code /api/relationships}, optionally filtered by {@code ?programId=}. */
@Component(service = RelationshipResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.relationships")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("relationships")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipResource {
    private final Crud<Relationship, RelationshipDto> crud;
    private final RelationshipRepository relationships;
    private final Access access;

    @Activate
    public RelationshipResource(@Reference RelationshipRepository relationships, @Reference ProgramRepository programs,
            @Reference ParticipantRepository participants, @Reference AdminGate gate) {
        this.relationships = relationships;
        this.access = new Access(gate, programs, participants);
        this.crud = new Crud<>("relationship", "relationships", relationships, RelationshipDto::of,
                (d, k) -> d.toModel(k), RelationshipDto::keys);
    }

    @GET
    public PageDto<RelationshipDto> list(@QueryParam("programId") String programId,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        if (programId == null || programId.isBlank()) {
            access.serverAdminOnly(who, "list_relationships");
            return crud.list(offset, limit);
        }
        access.administerProgram(who, programId);
        return PageDto.of(relationships.listByProgram(programId, Paging.of(offset, limit)), RelationshipDto::of);
    }

    @ApiResponse(responseCode = "200", description = "The relationship; its version is the ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RelationshipDto.class)))
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        Relationship r = visible(who, id);
        boolean member = !who.serverAdmin() && r.members().stream().anyMatch(m -> m.personId().equals(
                who.caller().personId()));
        if (!member && !access.administers(who, access.program(who, r.programId()))) {
            throw new ForbiddenException(TEXT.format("access.relationship"));
        }
        return crud.found(r);
    }

    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RelationshipDto.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RelationshipDto body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        if (!who.serverAdmin()) {
            Crud.required(body);
            if (body.programId == null || body.programId.isBlank()) {
                throw new org.tandem.model.ValidationException("programId", "is required");
            }
            access.administerProgram(who, body.programId);
        }
        return crud.create(body);
    }

    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RelationshipDto.class)))
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            RelationshipDto body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        Relationship r = visible(who, id);
        access.administerProgram(who, r.programId());
        if (body != null && body.programId != null && !body.programId.equals(r.programId())) {
            access.administerProgram(who, body.programId);
        }
        return crud.update(id, ifMatch, body);
    }

    @ApiResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") String version, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        access.administerProgram(who, visible(who, id).programId());
        return crud.delete(id, ifMatch, version);
    }

    /** The relationship, as "not found" when its program is another tenant's. */
    private Relationship visible(Asker who, String id) {
        Relationship r = relationships.find(id).orElseThrow(() -> new NotFoundException("relationship", id));
        try {
            access.program(who, r.programId());
        } catch (NotFoundException e) {
            throw new NotFoundException("relationship", id);
        }
        return r;
    }
}
