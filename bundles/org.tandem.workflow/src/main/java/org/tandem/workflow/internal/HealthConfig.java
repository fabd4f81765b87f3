package org.tandem.workflow.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem relationship health", description = "When a relationship is flagged as"
        + " needing attention.")
@interface HealthConfig {
    String PID = "org.tandem.workflow.health";

    @AttributeDefinition(name = "Cadence tolerance", description = "Flag when the time since the last meeting"
            + " exceeds the agreed interval times this factor")
    double cadenceTolerance() default 1.5;

    @AttributeDefinition(name = "Weeks without goal progress", min = "1")
    int goalStaleWeeks() default 6;

    @AttributeDefinition(name = "Meetings before judging one-sidedness", min = "2")
    int oneSidedMinimum() default 4;

    @AttributeDefinition(name = "Share of meeting actions by one person that counts as one-sided", min = "0.5",
            max = "1")
    double oneSidedShare() default 0.8;
}
