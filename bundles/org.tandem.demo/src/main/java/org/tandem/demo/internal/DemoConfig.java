package org.tandem.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem try-it mode",
        description = "A built-in sample LTI platform and a sample program, to look around without an LMS.")
public @interface DemoConfig {
    String PID = "org.tandem.demo";

    @AttributeDefinition(description = "Run the sample platform and program (TANDEM_DEMO=true). Off by default.")
    boolean enabled() default false;

    @AttributeDefinition(description = "Run it even with an https base URL (TANDEM_DEMO_FORCE=true). Anyone who"
            + " reaches the server can open Tandem as any sample person, so it is refused on a public address.")
    boolean force() default false;

    @AttributeDefinition(description = "The address browsers use (TANDEM_BASE_URL).")
    String baseUrl() default "http://127.0.0.1:8080";
}
