package org.tandem.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

/** The resource methods the JAX-RS runtime serves in Tandem's application, as it reports them. */
final class ApiMethods {
    private ApiMethods() {
    }

    static List<ResourceMethodInfoDTO> dtos(BundleContext context) {
        return fromTandem(context, app -> java.util.Arrays.stream(app.resourceDTOs)
                .flatMap(r -> java.util.Arrays.stream(r.resourceMethods)).toList());
    }

    /** The names of the extensions the runtime applies to Tandem's application (failed ones are not among them). */
    static List<String> extensions(BundleContext context) {
        return fromTandem(context, app -> java.util.Arrays.stream(app.extensionDTOs).map(e -> e.name).toList());
    }

    /** What {@code read} takes from Tandem's application in the runtime's DTO. */
    private static <T> List<T> fromTandem(BundleContext context, java.util.function.Function<ApplicationDTO, List<T>> read) {
        ServiceReference<JaxrsServiceRuntime> ref = context.getServiceReference(JaxrsServiceRuntime.class);
        JaxrsServiceRuntime runtime = context.getService(ref);
        try {
            List<T> out = new ArrayList<>();
            for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
                if ("tandem".equals(app.name)) {
                    out.addAll(read.apply(app));
                }
            }
            return out;
        } finally {
            context.ungetService(ref);
        }
    }

    /** Each as "get /programs/{id}": the path under /api, template variables without their patterns. */
    static List<String> served(BundleContext context) {
        return dtos(context).stream().map(m -> m.method.toLowerCase(Locale.ROOT) + " "
                + ("/" + m.path).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}")
                .replaceAll("(.)/$", "$1")).toList();
    }
}
