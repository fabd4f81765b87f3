package org.tandem.apidocs.internal;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.tandem.rest.api.Problem;
import org.tandem.rest.api.RestApi;

/**
 * Every endpoint may refuse with a problem detail: its schema is read from {@link Problem} itself, and
 * each operation lists the 4XX and 5XX answers as {@code application/problem+json}.
 */
final class Problems {
    private Problems() {
    }

    static void declare(OpenAPI api) {
        ModelConverters.getInstance().readAll(Problem.class).forEach(api.getComponents()::addSchemas);
        Content content = new Content().addMediaType(RestApi.PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + Problem.class.getSimpleName())));
        api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
            responses.addApiResponse("4XX", new ApiResponse().description(
                    "Refused: bad input (400), no or wrong credentials (401), not allowed (403), not found (404),"
                            + " a conflict (409, 412, 428), too large (413).").content(content));
            responses.addApiResponse("5XX", new ApiResponse().description(
                    "The server cannot answer now (503 with Retry-After while features switch).").content(content));
            op.setResponses(responses);
        }));
    }
}
