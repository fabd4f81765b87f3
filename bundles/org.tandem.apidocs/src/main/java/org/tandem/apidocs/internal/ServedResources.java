package org.tandem.apidocs.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.tandem.model.Feature;
import org.tandem.rest.api.RestApi;

/**
 * The resources the JAX-RS whiteboard serves in Tandem's application right now, as the runtime reports
 * them: a feature switched off has taken its resources with it, so the document has no endpoint that
 * does not answer.
 */
final class ServedResources {
    private ServedResources() {
    }

    /** The service ids served now, sorted: a new set means a new document. */
    static List<Long> ids(JaxrsServiceRuntime runtime) {
        Optional<ApplicationDTO> app = Arrays.stream(runtime.getRuntimeDTO().applicationDTOs)
                .filter(a -> RestApi.APPLICATION_NAME.equals(a.name)).findFirst();
        TreeSet<Long> ids = new TreeSet<>();
        app.ifPresent(a -> Arrays.stream(a.resourceDTOs == null ? new ResourceDTO[0] : a.resourceDTOs)
                .forEach(r -> ids.add(r.serviceId)));
        return List.copyOf(ids);
    }

    static List<Described> describe(BundleContext context, List<Long> ids) {
        List<Described> out = new ArrayList<>();
        for (long id : ids) {
            ServiceReference<?> ref = find(context, id);
            if (ref == null) {
                continue; // gone since the runtime answered
            }
            Object service = context.getService(ref);
            try {
                if (service != null) {
                    Object feature = ref.getProperty(Feature.PROPERTY);
                    out.add(new Described(service.getClass(), feature == null ? "core" : feature.toString()));
                }
            } finally {
                context.ungetService(ref);
            }
        }
        return out;
    }

    private static ServiceReference<?> find(BundleContext context, long id) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null,
                    "(" + Constants.SERVICE_ID + "=" + id + ")");
            return refs == null ? null : refs[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
