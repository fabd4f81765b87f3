package org.tandem.catalog.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem training catalog", description = "Courses, requirements and completions.")
public @interface CatalogConfig {
    String PID = "org.tandem.catalog";

    @AttributeDefinition(description = "A person is told this many days before a completion of theirs lapses")
    int expiryNoticeDays() default 30;

    @AttributeDefinition(description = "How often each node looks for completions that lapse soon, in seconds")
    int expiryCheckSeconds() default 3600;
}
