package org.tandem.apidocs.internal;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The OpenAPI 3 document of the resources the API serves, read by swagger-core from their JAX-RS
 * annotations (paths, methods, parameters, bodies, typed results), one resource at a time, so that each
 * operation is tagged with its feature and named after its resource. Then each operation gets the
 * credentials it needs ({@link Security}) and the problem+json answers every endpoint may give
 * ({@link Problems}).
 */
final class OpenApiDocument {
    private OpenApiDocument() {
    }

    static OpenAPI of(List<Described> resources, String apiUrl, String version) {
        return of(resources, apiUrl, version, Map.of());
    }

    /** @param features each running feature's title and description, for its tag */
    static OpenAPI of(List<Described> resources, String apiUrl, String version, Map<String, String> features) {
        OpenAPI api = new OpenAPI().info(new Info().title("Tandem API").version(version).description(
                "The REST API of the Tandem features that run on this server. Errors are application/problem+json"
                        + " (RFC 9457). A person's calls carry their launch session as a bearer token; the"
                        + " administration calls carry the server's admin token."))
                .servers(List.of(new Server().url(apiUrl))).paths(new Paths()).components(new Components());
        Set<String> ids = new HashSet<>();
        Set<String> tags = new TreeSet<>();
        resources.stream().sorted(Comparator.comparing(d -> d.type().getName())).forEach(d -> {
            merge(api, d, read(d.type()), ids);
            tags.add(d.feature());
        });
        tags.forEach(f -> api.addTagsItem(new Tag().name(f).description(features.getOrDefault(f, "The " + f + " feature"))));
        Security.declare(api);
        Problems.declare(api);
        api.setPaths(sorted(api.getPaths()));
        return api;
    }

    private static OpenAPI read(Class<?> type) {
        return new Reader(new SwaggerConfiguration().openAPI(new OpenAPI())).read(Set.of(type));
    }

    private static void merge(OpenAPI api, Described d, OpenAPI part, Set<String> ids) {
        if (part.getComponents() != null && part.getComponents().getSchemas() != null) {
            part.getComponents().getSchemas().forEach(api.getComponents()::addSchemas);
        }
        if (part.getPaths() == null) {
            return;
        }
        part.getPaths().forEach((path, item) -> {
            PathItem target = api.getPaths().computeIfAbsent(path, p -> new PathItem());
            item.readOperationsMap().forEach((method, op) -> {
                String javaMethod = op.getOperationId();
                op.setOperationId(unique(name(d.type()) + "_" + javaMethod, ids));
                op.setTags(List.of(d.feature()));
                Security.apply(op, d.type(), javaMethod);
                target.operation(method, op);
            });
            if (item.getParameters() != null) {
                item.getParameters().forEach(target::addParametersItem);
            }
        });
    }

    /** {@code ProgramResource} → {@code program}. */
    static String name(Class<?> type) {
        String n = type.getSimpleName().replaceFirst("Resource$", "");
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static String unique(String id, Set<String> ids) {
        String candidate = id;
        for (int i = 2; !ids.add(candidate); i++) {
            candidate = id + i;
        }
        return candidate;
    }

    private static Paths sorted(Paths paths) {
        Paths out = new Paths();
        new TreeMap<String, PathItem>(paths).forEach(out::addPathItem);
        return out;
    }

    static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.readOperationsMap();
    }
}
