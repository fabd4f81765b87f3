package org.tandem.lti.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem LTI tool", description = "How learning platforms reach Tandem.")
public @interface LtiConfig {
    String PID = "org.tandem.lti";

    @AttributeDefinition(description = "The address platforms and browsers use to reach this server, e.g."
            + " https://tandem.university.edu (the login, launch, JWKS and deep-link URLs are built on it).")
    String baseUrl() default "http://127.0.0.1:8080";

    @AttributeDefinition(description = "The tool's name as platforms show it.")
    String toolName() default "Tandem mentoring";

    @AttributeDefinition(description = "How long a launch session lasts, in minutes.")
    int sessionMinutes() default 480;

    @AttributeDefinition(description = "How long a retired tool key stays published after a rotation, in hours"
            + " (platforms cache tool keys).")
    int keyOverlapHours() default 72;

    @AttributeDefinition(description = "The least time between two fetches of a platform's JWKS when launches"
            + " name a key it has not seen, in seconds (so that made-up key ids cannot make us hammer a platform);"
            + " such a launch waits for the next fetch, so this is also the longest a launch waits after a key"
            + " rotation.", min = "1", max = "60")
    int keyRefetchSeconds() default 5;
}
