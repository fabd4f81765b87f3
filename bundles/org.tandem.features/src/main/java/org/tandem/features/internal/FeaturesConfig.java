package org.tandem.features.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem features", description = "Which features run (features/*.json)")
@interface FeaturesConfig {
    String PID = "org.tandem.features";

    @AttributeDefinition(description = "The features to run, comma-separated (e.g. core,workflow,lti), applied at"
            + " start and whenever this changes; empty keeps what the admin API last set (a new feature starts on)")
    String enabled() default "";

    @AttributeDefinition(description = "How often each node re-reads the switches from the database, in seconds")
    int pollSeconds() default 5;
}
