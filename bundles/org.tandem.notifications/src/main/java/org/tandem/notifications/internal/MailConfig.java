package org.tandem.notifications.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Tandem mail", description = "The SMTP server Tandem sends mail through."
        + " Without a host, Tandem keeps to the in-app inbox.")
public @interface MailConfig {
    String PID = "org.tandem.notifications.mail";

    @AttributeDefinition(description = "The SMTP server's host name; empty: no mail, the inbox only")
    String host() default "";

    @AttributeDefinition(description = "The SMTP port: 587 for STARTTLS, 465 for TLS, 25 without")
    int port() default 587;

    @AttributeDefinition(description = "How the connection is protected", options = {
            @Option(value = "STARTTLS", label = "STARTTLS (port 587)"), @Option(value = "TLS", label = "TLS (port 465)"),
            @Option(value = "NONE", label = "none (a relay on the same host only)")})
    String security() default "STARTTLS";

    @AttributeDefinition(description = "The user to log in as; empty: no login")
    String user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The user's password")
    String password() default "";

    @AttributeDefinition(description = "The sender, e.g. Mentoring <mentoring@university.edu>")
    String from() default "";

    @AttributeDefinition(description = "How long to wait for the SMTP server, in seconds")
    int timeoutSeconds() default 20;

    @AttributeDefinition(description = "How many connections to the SMTP server send at once (fewer if it"
            + " refuses more)", min = "1", max = "16")
    int connections() default 2;
}
