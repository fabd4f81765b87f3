package org.tandem.rest.internal.admin;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem admin token",
        description = "The bearer token of the server administrators' API (platforms, features).")
public @interface AdminTokenConfig {
    String PID = "org.tandem.admin";

    @AttributeDefinition(description = "The admin token (at least 24 characters). Empty: one is generated at"
            + " first start, printed once and stored only as a hash.", required = false)
    String token() default "";
}
