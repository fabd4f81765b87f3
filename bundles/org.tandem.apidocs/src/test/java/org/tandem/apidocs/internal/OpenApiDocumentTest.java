package org.tandem.apidocs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;
import org.tandem.rest.api.Credentials;

class OpenApiDocumentTest {
    /** A body both resources take and give. */
    public record Garden(String id, String name, int beds) {
    }

    @Path("gardens")
    @javax.ws.rs.Consumes("application/json")
    @javax.ws.rs.Produces("application/json")
    public static class GardenResource {
        @GET
        public List<Garden> list(@QueryParam("limit") Integer limit, @HeaderParam("Authorization") String auth) {
            return List.of();
        }

        @GET
        @Path("{id}")
        public Garden get(@PathParam("id") String id) {
            return null;
        }

        @PUT
        @Path("{id}")
        @Credentials(Credentials.Kind.ADMIN_TOKEN)
        public Garden put(@PathParam("id") String id, Garden garden) {
            return garden;
        }
    }

    @Path("gardens/{id}/open")
    @Credentials(Credentials.Kind.NONE)
    public static class OpenGardenResource {
        @POST
        public Garden open(@PathParam("id") String id) {
            return null;
        }

        @GET
        public Garden get(@PathParam("id") String id) {
            return null;
        }
    }

    private final OpenAPI api = OpenApiDocument.of(List.of(new Described(GardenResource.class, "garden"),
            new Described(OpenGardenResource.class, "visits")), "/api", "1.2.3");

    @Test
    void theDocumentIsValidOpenApi3() {
        SwaggerParseResult parsed = new OpenAPIParser().readContents(Json.pretty(api), null, null);
        assertEquals(List.of(), parsed.getMessages());
        assertEquals("3.0.1", parsed.getOpenAPI().getOpenapi());
        assertEquals("/api", parsed.getOpenAPI().getServers().get(0).getUrl());
    }

    @Test
    void everyMethodIsThereWithItsBodiesAndTaggedWithItsFeature() {
        assertEquals(List.of("/gardens", "/gardens/{id}", "/gardens/{id}/open"), List.copyOf(api.getPaths().keySet()));
        Operation put = api.getPaths().get("/gardens/{id}").getPut();
        assertEquals("#/components/schemas/Garden",
                put.getRequestBody().getContent().get("application/json").getSchema().get$ref());
        assertEquals(List.of("garden"), put.getTags());
        assertEquals(List.of("visits"), api.getPaths().get("/gardens/{id}/open").getPost().getTags());
        assertNotNull(api.getComponents().getSchemas().get("Garden").getProperties().get("beds"));
    }

    @Test
    void eachFeaturesTagSaysWhatItIs() {
        OpenAPI described = OpenApiDocument.of(List.of(new Described(GardenResource.class, "garden")), "/api", "1",
                java.util.Map.of("garden", "Gardens: beds and what grows in them"));
        assertEquals("Gardens: beds and what grows in them", described.getTags().get(0).getDescription());
        assertEquals("The visits feature", api.getTags().get(1).getDescription());
    }

    @Test
    void operationIdsAreUniqueAcrossResources() {
        assertEquals("garden_get", api.getPaths().get("/gardens/{id}").getGet().getOperationId());
        assertEquals("openGarden_get", api.getPaths().get("/gardens/{id}/open").getGet().getOperationId());
    }

    @Test
    void eachOperationNamesTheCredentialsItNeeds() {
        assertEquals(2, api.getPaths().get("/gardens/{id}").getGet().getSecurity().size());
        assertEquals(List.of(Security.ADMIN), List.copyOf(
                api.getPaths().get("/gardens/{id}").getPut().getSecurity().get(0).keySet()));
        assertEquals(List.of(), api.getPaths().get("/gardens/{id}/open").getPost().getSecurity());
        assertTrue(api.getComponents().getSecuritySchemes().containsKey(Security.SESSION));
    }

    @Test
    void theAuthorizationHeaderIsTheSecuritySchemeNotAParameter() {
        Operation list = api.getPaths().get("/gardens").getGet();
        assertEquals(List.of("limit"), list.getParameters().stream().map(p -> p.getName()).toList());
        assertNull(api.getPaths().get("/gardens/{id}/open").getPost().getParameters().stream()
                .filter(p -> "header".equals(p.getIn())).findAny().orElse(null));
    }

    @Test
    void everyOperationMayAnswerAProblem() {
        api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            assertEquals("#/components/schemas/Problem", op.getResponses().get("4XX").getContent()
                    .get("application/problem+json").getSchema().get$ref());
            assertNotNull(op.getResponses().get("5XX"));
        }));
        assertNotNull(api.getComponents().getSchemas().get("Problem").getProperties().get("detail"));
    }
}
