package org.tandem.privacy.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Asker;
import org.tandem.rest.api.ProgramAccess;
import org.tandem.rest.api.RestApi;

/**
 * A program's administrators answer a participant's requests: {@code GET …/people/{personId}/export}
 * (their data), {@code POST …/people/{personId}/erasure} (only someone no longer on any course roster,
 * whose every participation is in programs the caller administers; anyone else is the server
 * administrator's to erase), and the program's retention settings.
 */
@Component(service = ProgramPrivacyResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.privacy.program")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs/{programId}/privacy")
public class ProgramPrivacyResource {
    private final Exporter exporter;
    private final Eraser eraser;
    private final Retention retention;
    private final ProgramRepository programs;
    private final AdminGate gate;

    @Activate
    public ProgramPrivacyResource(@Reference Exporter exporter, @Reference Eraser eraser,
            @Reference Retention retention, @Reference ProgramRepository programs, @Reference AdminGate gate) {
        this.exporter = exporter;
        this.eraser = eraser;
        this.retention = retention;
        this.programs = programs;
        this.gate = gate;
    }

    @ApiResponse(responseCode = "200", description = "Everything Tandem holds about the participant (see the export"
            + " schema)", content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @GET
    @Path("people/{personId}/export")
    public Response export(@PathParam("programId") String programId, @PathParam("personId") String personId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        participant(ProgramAccess.administered(asker(auth, security), programs, programId), personId);
        return ExportResource.document(exporter, personId);
    }

    @ApiResponse(responseCode = "200", description = "The erasure's record (again: it was done before)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErasureBody.class)))
    @POST
    @Path("people/{personId}/erasure")
    public Response erase(@PathParam("programId") String programId, @PathParam("personId") String personId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        Asker who = asker(auth, security);
        Program p = ProgramAccess.administered(who, programs, programId);
        List<Participations.Row> rows = participant(p, personId);
        if (!who.serverAdmin() && !eraser.erased(personId)) {
            Participations.mayErase(who, rows);
        }
        Eraser.Actor by = who.serverAdmin() ? new Eraser.Actor("admin-token", null, null)
                : new Eraser.Actor("coordinator", who.caller().personId(), who.caller().tenant());
        return ErasureBody.reply(eraser.erase(personId, by).orElseThrow(() -> new NotFoundException("person", personId)));
    }

    @ApiResponse(responseCode = "200", description = "The program's retention, its own or the server's defaults",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Retention.Settings.class)))
    @GET
    @Path("retention")
    public Response retention(@PathParam("programId") String programId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        ProgramAccess.administered(asker(auth, security), programs, programId);
        return Response.ok(retention.of(programId), MediaType.APPLICATION_JSON).build();
    }

    @ApiResponse(responseCode = "200", description = "The program's retention as saved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Retention.Settings.class)))
    @PUT
    @Path("retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setRetention(@PathParam("programId") String programId, Retention.Change change,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext security) {
        ProgramAccess.administered(asker(auth, security), programs, programId);
        return Response.ok(retention.set(programId, change), MediaType.APPLICATION_JSON).build();
    }

    private Asker asker(String auth, SecurityContext security) {
        return Asker.of(gate, auth, security);
    }

    /** The person's participations; 404 unless one is in this program. */
    private List<Participations.Row> participant(Program p, String personId) {
        List<Participations.Row> rows = eraser.participations(personId);
        if (rows.stream().noneMatch(r -> r.programId().equals(p.id()))) {
            throw new NotFoundException("participant", personId);
        }
        return rows;
    }
}
