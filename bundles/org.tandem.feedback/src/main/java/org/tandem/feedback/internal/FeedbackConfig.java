package org.tandem.feedback.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem feedback", description = "Feedback forms: privacy threshold and reminders")
public @interface FeedbackConfig {
    String PID = "org.tandem.feedback";

    @AttributeDefinition(description = "The fewest respondents an aggregate is shown for (k); below it nothing is")
    int minimumGroupSize() default 5;

    @AttributeDefinition(description = "Remind a person of an unanswered form after this many hours, and again"
            + " after as many more")
    int reminderAfterHours() default 72;

    @AttributeDefinition(description = "How often due forms and reminders are looked for, in seconds")
    int checkSeconds() default 60;
}
