package org.tandem.rest.internal.resources;

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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.rest.api.PageDto;
import org.tandem.rest.api.RestApi;

/** {@code /api/programs}: mentoring programs (cohorts). */
@Component(service = ProgramResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.programs")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {
    private final Crud<org.tandem.model.Program, ProgramDto> crud;

    @Activate
    public ProgramResource(@Reference ProgramRepository programs) {
        this.crud = new Crud<>("program", "programs", programs, ProgramDto::of,
                (d, key) -> d.toModel(key), ProgramDto::keys);
    }

    @GET
    public PageDto<ProgramDto> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return crud.list(offset, limit);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return crud.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProgramDto body) {
        return crud.create(body);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ProgramDto body) {
        return crud.update(id, ifMatch, body);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") String version) {
        return crud.delete(id, ifMatch, version);
    }
}
