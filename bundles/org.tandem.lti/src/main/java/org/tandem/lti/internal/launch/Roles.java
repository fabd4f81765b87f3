package org.tandem.lti.internal.launch;

import java.util.List;
import java.util.Objects;

/** LIS role values as full URIs: short names ("Instructor") become membership roles; empty ones drop out. */
public final class Roles {
    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    private Roles() {
    }

    public static List<String> normalise(List<?> roles) {
        return roles.stream().filter(Objects::nonNull).map(r -> r.toString().strip()).filter(r -> !r.isEmpty())
                .map(r -> r.contains(":") || r.contains("/") ? r : MEMBERSHIP + r).distinct().toList();
    }
}
