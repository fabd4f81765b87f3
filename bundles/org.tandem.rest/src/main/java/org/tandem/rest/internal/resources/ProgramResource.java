package org.tandem.rest.internal.resources;

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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.model.Page;
import org.tandem.model.PageRequest;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.PageDto;
import org.tandem.rest.api.Paging;
import org.tandem.rest.api.RestApi;

/**
 * {@code /api/programs}: mentoring programs (cohorts). The admin token sees all; a caller sees the
 * programs of their tenant they take part in or administer (a platform administrator: all of the
 * tenant's), and changes those they administer.
 */
@Component(service = ProgramResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.programs")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {
    private final Crud<Program, ProgramDto> crud;
    private final ProgramRepository programs;
    private final ParticipantRepository participants;
    private final Access access;

    @Activate
    public ProgramResource(@Reference ProgramRepository programs, @Reference ParticipantRepository participants,
            @Reference AdminGate gate) {
        this.programs = programs;
        this.participants = participants;
        this.access = new Access(gate, programs, participants);
        this.crud = new Crud<>("program", "programs", programs, ProgramDto::of,
                (d, key) -> d.toModel(key), ProgramDto::keys);
    }

    @GET
    public PageDto<ProgramDto> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        PageRequest page = Paging.of(offset, limit);
        if (who.serverAdmin()) {
            return crud.list(offset, limit);
        }
        if (who.caller().tenantAdmin()) {
            return PageDto.of(programs.listByTenant(who.caller().tenant(), page), ProgramDto::of);
        }
        Set<String> ids = new HashSet<>(participants.programsOf(who.caller().personId()));
        ids.addAll(who.caller().programsAdministered());
        List<Program> mine = ids.stream().map(programs::find).flatMap(Optional::stream)
                .filter(p -> p.tenant().equals(who.caller().tenant()))
                .sorted(Comparator.comparing(Program::name).thenComparing(Program::id)).toList();
        List<Program> slice = mine.subList(Math.min(page.offset(), mine.size()),
                Math.min(page.offset() + page.limit(), mine.size()));
        return PageDto.of(new Page<>(slice, page.offset(), page.limit(), mine.size()), ProgramDto::of);
    }

    @ApiResponse(responseCode = "200", description = "The program; its version is the ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgramDto.class)))
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext security) {
        return crud.found(access.readProgram(access.who(auth, security), id));
    }

    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgramDto.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProgramDto body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        access.createProgram(who);
        if (!who.serverAdmin() && body != null) {
            body.tenant = who.caller().tenant(); // a platform's administrator creates in their own institution
        }
        return crud.create(body);
    }

    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgramDto.class)))
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ProgramDto body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        access.administerProgram(access.who(auth, security), id);
        return crud.update(id, ifMatch, body);
    }

    @ApiResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") String version, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext security) {
        Asker who = access.who(auth, security);
        Program p = access.program(who, id);
        if (!who.serverAdmin() && !who.caller().tenantAdmin()) {
            throw new org.tandem.model.ForbiddenException("Only the learning platform's administrators delete"
                    + " programs.");
        }
        return crud.delete(p.id(), ifMatch, version);
    }
}
