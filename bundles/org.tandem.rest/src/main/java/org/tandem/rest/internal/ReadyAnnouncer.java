package org.tandem.rest.internal;

import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.storage.Database;

/** Tells the administrator on the console where to open Tandem, once HTTP and storage are up. */
@Component
public class ReadyAnnouncer {
    private static final Logger LOG = LoggerFactory.getLogger(ReadyAnnouncer.class);

    @Activate
    public ReadyAnnouncer(@Reference JaxrsServiceRuntime runtime,
            @Reference Database database) {
        String base = endpoint(runtime);
        String message = "Tandem is ready at " + base + " (health: " + base + "api/health, database: "
                + database.kind() + ")";
        System.out.println(message);
        LOG.info(message);
    }

    private static String endpoint(JaxrsServiceRuntime runtime) {
        Object value = runtime.getRuntimeDTO().serviceDTO.properties
                .get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT);
        List<String> endpoints = value instanceof String[] many ? List.of(many)
                : value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(value.toString());
        String first = endpoints.stream().filter(e -> e.startsWith("http")).findFirst().orElse("http://127.0.0.1:8080/");
        return first.endsWith("/") ? first : first + "/";
    }
}
