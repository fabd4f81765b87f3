package org.tandem.catalog.internal.rest;

import static org.tandem.catalog.internal.Texts.TEXT;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import javax.json.stream.JsonParsingException;
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
import org.tandem.catalog.internal.Course;
import org.tandem.catalog.internal.CourseRows;
import org.tandem.catalog.internal.Courses;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.ProgramRepository;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.AdminGate;
import org.tandem.rest.api.Conditional;
import org.tandem.rest.api.RestApi;
import org.tandem.storage.Jsonp;

/**
 * {@code /api/catalog/courses}: the training catalog, its import and export (CSV and JSON, with every
 * bad line reported and nothing imported when any is bad).
 */
@Component(service = CourseResource.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = "(tandem.feature=catalog)"))
@JaxrsResource
@JaxrsName("tandem.catalog.courses")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("catalog/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {
    static final String CSV = "text/csv";
    private final Courses courses;
    private final CatalogAccess access;

    @Activate
    public CourseResource(@Reference Courses courses, @Reference AdminGate gate, @Reference ProgramRepository programs,
            @Reference ParticipantRepository participants) {
        this.courses = courses;
        this.access = new CatalogAccess(gate, programs, participants);
    }

    @GET
    public List<CourseDto> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        return courses.visibleTo(access.who(auth, sc).tenant()).stream().map(CourseDto::of).toList();
    }

    @ApiResponse(responseCode = "200", description = "The course; its version is the ETag",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CourseDto.class)))
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        Course c = found(id);
        access.visible(access.who(auth, sc), c);
        return Response.ok(CourseDto.of(c)).tag(Conditional.etag(c.version())).build();
    }

    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CourseDto.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CourseDto body, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        String tenant = access.newCourseTenant(access.who(auth, sc));
        Course c = courses.create(CourseRows.course(required(body).row()), tenant);
        return Response.created(URI.create("catalog/courses/" + c.id())).entity(CourseDto.of(c))
                .tag(Conditional.etag(c.version())).build();
    }

    @ApiResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CourseDto.class)))
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CourseDto body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Course old = found(id);
        access.manage(access.who(auth, sc), old);
        long version = Conditional.expectedVersion(ifMatch, required(body).version);
        Course changed = CourseRows.course(body.row()).with(id, version, old.tenant());
        Course stored = courses.update(changed);
        return Response.ok(CourseDto.of(stored)).tag(Conditional.etag(stored.version())).build();
    }

    @ApiResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        Course old = found(id);
        access.manage(access.who(auth, sc), old);
        courses.delete(id, Conditional.expectedVersion(ifMatch, null));
        return Response.noContent().build();
    }

    @ApiResponse(responseCode = "200", description = "The courses as CSV (Accept: text/csv) or as a JSON array of courses",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GET
    @Path("export")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
            @Context SecurityContext sc) {
        List<Course> all = courses.visibleTo(access.who(auth, sc).tenant());
        if ("csv".equals(format)) {
            return Response.ok(CourseRows.toCsv(all), CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"tandem-catalog.csv\"").build();
        }
        if (format != null && !"json".equals(format)) {
            throw new ValidationException("format", TEXT.format("input.format"));
        }
        return Response.ok(all.stream().map(CourseDto::of).toList(), MediaType.APPLICATION_JSON).build();
    }

    /** A CSV file (text/csv) or a JSON array of courses; every course is added, or none. */
    @ApiResponse(responseCode = "201", description = "Imported: {\"imported\": n, \"courses\": [...]}; a bad line refuses the whole file", content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @POST
    @Path("import")
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    public Response importFile(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @Context SecurityContext sc) {
        String tenant = access.newCourseTenant(access.who(auth, sc));
        List<Course> parsed = type != null && type.startsWith(CSV) ? CourseRows.fromCsv(body)
                : CourseRows.fromMaps(jsonItems(body));
        List<CourseDto> stored = courses.createAll(parsed, tenant).stream().map(CourseDto::of).toList();
        return Response.status(201).entity(Map.of("imported", stored.size(), "courses", stored)).build();
    }

    private Course found(String id) {
        return courses.find(id).orElseThrow(() -> new NotFoundException("course", id));
    }

    private static CourseDto required(CourseDto body) {
        if (body == null) {
            throw new ValidationException("body", TEXT.format("input.course-json"));
        }
        return body;
    }

    /** A JSON array of objects whose values are text, numbers or (competencies) lists of text. */
    private static List<Map<String, String>> jsonItems(String body) {
        JsonArray array;
        try (JsonReader r = Jsonp.reader(body)) {
            array = r.readArray();
        } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
            throw new ValidationException("body", TEXT.format("input.courses-array", "reason", String.valueOf(e.getMessage())));
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject o)) {
                throw new ValidationException("item " + (i + 1), TEXT.format("input.object"));
            }
            Map<String, String> row = new java.util.HashMap<>();
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                row.put(e.getKey(), text(e.getValue()));
            }
            out.add(row);
        }
        return out;
    }

    private static String text(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NULL -> null;
            case ARRAY -> String.join("; ", v.asJsonArray().stream().map(CourseResource::text).toList());
            default -> v.toString();
        };
    }
}
