package org.tandem.matching.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The matching feature's server settings (PID {@value #PID}); each program's rules are set in the app. */
@ObjectClassDefinition(name = "Tandem matching", description = "How often unanswered mentor requests are checked")
public @interface MatchingConfig {
    String PID = "org.tandem.matching";

    @AttributeDefinition(description = "Seconds between checks for requests past their answer date (they move on"
            + " to the mentee's next best mentor)")
    int checkSeconds() default 300;
}
