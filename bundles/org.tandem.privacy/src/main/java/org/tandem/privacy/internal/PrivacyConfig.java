package org.tandem.privacy.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem privacy", description = "How long the privacy records are kept.")
public @interface PrivacyConfig {
    String PID = "org.tandem.privacy";

    @AttributeDefinition(description = "Days a read in the access log is kept (TANDEM_ACCESS_LOG_DAYS); older"
            + " reads are deleted. Default 365.", min = "1")
    int accessLogDays() default 365;

    @AttributeDefinition(description = "Months after a relationship closes when the retention job anonymises it"
            + " (TANDEM_ANONYMISE_AFTER_MONTHS), unless its program says otherwise. Default 24.", min = "1")
    int anonymiseAfterMonths() default 24;

    @AttributeDefinition(description = "Days a launch record (a session: when, from which platform, with which roles)"
            + " is kept at most (TANDEM_LAUNCH_RECORD_DAYS), unless its program says otherwise. Default 30.", min = "1")
    int launchRecordDays() default 30;

    @AttributeDefinition(description = "Minutes between two runs of the retention job. Default 60.", min = "1")
    int checkMinutes() default 60;
}
