package org.tandem.notifications.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem notifications", description = "The inbox, mail dispatch and reminders.")
public @interface NotificationsConfig {
    String PID = "org.tandem.notifications";

    @AttributeDefinition(description = "The address people use to reach Tandem (links in mail, calendar feeds);"
            + " the same as org.tandem.lti's baseUrl")
    String baseUrl() default "http://127.0.0.1:8080";

    @AttributeDefinition(description = "How often each node looks for mail to send, in milliseconds")
    int dispatchMillis() default 1000;

    @AttributeDefinition(description = "How many hours before a meeting its members are reminded")
    int reminderHours() default 24;

    @AttributeDefinition(description = "How often each node looks for meetings to remind of and digests due,"
            + " in seconds")
    int checkSeconds() default 60;

    @AttributeDefinition(description = "An event still unhandled this many seconds after it happened (its"
            + " delivery was lost, e.g. to a crash) is caught up on from the journal")
    int catchUpSeconds() default 30;

    @AttributeDefinition(description = "How often each node looks for relationships gone quiet and makes the"
            + " coordinators' weekly summaries, in seconds (each is told once a week at most)")
    int nudgeSeconds() default 3600;

    @AttributeDefinition(description = "A new revision of an agreement shows in its members' calendar feeds as"
            + " to be signed within this many days")
    int signWithinDays() default 7;

    @AttributeDefinition(description = "Training a program requires before Enabling shows in a person's calendar"
            + " feed as due this many days after their relationship entered Negotiating")
    int trainingWithinDays() default 14;

    @AttributeDefinition(description = "After how many hours a mail that the SMTP server keeps refusing"
            + " for the moment is given up (marked failed, shown to the admin)")
    int giveUpHours() default 72;
}
