package org.tandem.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource (or one of its methods) asks of its caller, for the API's documentation: the method
 * itself still checks. Without it, an endpoint takes a launch session or the admin token.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Credentials {
    /** Who may call. */
    enum Kind {
        /** Anyone: no credentials (health, a calendar feed's own secret address, a mail's link). */
        NONE,
        /** The server administrator's token only. */
        ADMIN_TOKEN,
        /** A person's launch session, or the admin token. */
        SESSION_OR_ADMIN_TOKEN
    }

    Kind value();
}
