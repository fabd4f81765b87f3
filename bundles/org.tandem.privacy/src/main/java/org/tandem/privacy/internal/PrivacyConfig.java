package org.tandem.privacy.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem privacy", description = "How long the privacy records are kept.")
public @interface PrivacyConfig {
    String PID = "org.tandem.privacy";

    @AttributeDefinition(description = "Days a read in the access log is kept (TANDEM_ACCESS_LOG_DAYS); older"
            + " reads are deleted. Default 365.", min = "1")
    int accessLogDays() default 365;

    @AttributeDefinition(description = "Minutes between two runs of the retention job. Default 60.", min = "1")
    int checkMinutes() default 60;
}
