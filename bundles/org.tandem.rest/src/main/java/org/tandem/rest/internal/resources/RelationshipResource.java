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
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
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

    @Activate
    public RelationshipResource(@Reference RelationshipRepository relationships) {
        this.relationships = relationships;
        this.crud = new Crud<>("relationship", "relationships", relationships, RelationshipDto::of,
                (d, k) -> d.toModel(k), RelationshipDto::keys);
    }

    @GET
    public PageDto<RelationshipDto> list(@QueryParam("programId") String programId,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        if (programId == null || programId.isBlank()) {
            return crud.list(offset, limit);
        }
        return PageDto.of(relationships.listByProgram(programId, Paging.of(offset, limit)), RelationshipDto::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return crud.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RelationshipDto body) {
        return crud.create(body);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            RelationshipDto body) {
        return crud.update(id, ifMatch, body);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") String version) {
        return crud.delete(id, ifMatch, version);
    }
}
