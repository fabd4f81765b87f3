package org.tandem.apidocs.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import org.tandem.rest.api.Credentials;

/**
 * The credentials of each operation, from the resource's {@link Credentials} (a method's own wins over
 * its class's; none declared: a launch session or the admin token). The {@code Authorization} header
 * that resources read themselves is described by the security scheme, not as a parameter.
 */
final class Security {
    static final String ADMIN = "adminToken";
    static final String SESSION = "launchSession";

    private Security() {
    }

    static void declare(OpenAPI api) {
        api.getComponents().addSecuritySchemes(ADMIN, bearer("The server's admin token (TANDEM_ADMIN_TOKEN, or the one"
                + " printed at first start)."));
        api.getComponents().addSecuritySchemes(SESSION, bearer("A person's session from an LTI launch: the launch page"
                + " hands it to the app in <meta name=\"tandem-session\">."));
    }

    private static SecurityScheme bearer(String description) {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(description);
    }

    static void apply(Operation op, Class<?> type, String javaMethod) {
        if (op.getParameters() != null) {
            op.getParameters().removeIf(p -> "header".equals(p.getIn()) && "Authorization".equalsIgnoreCase(p.getName()));
            if (op.getParameters().isEmpty()) {
                op.setParameters(null);
            }
        }
        op.setSecurity(switch (kind(type, javaMethod.replaceFirst("_\\d+$", ""))) {
            case NONE -> List.of();
            case ADMIN_TOKEN -> List.of(new SecurityRequirement().addList(ADMIN));
            case SESSION_OR_ADMIN_TOKEN -> List.of(new SecurityRequirement().addList(SESSION),
                    new SecurityRequirement().addList(ADMIN));
        });
    }

    static Credentials.Kind kind(Class<?> type, String javaMethod) {
        Credentials own = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(javaMethod))
                .map(m -> m.getAnnotation(Credentials.class)).filter(c -> c != null).findFirst().orElse(null);
        Credentials declared = own != null ? own : type.getAnnotation(Credentials.class);
        return declared == null ? Credentials.Kind.SESSION_OR_ADMIN_TOKEN : declared.value();
    }

}
