package org.tandem.storage.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tandem storage", description = "Where Tandem keeps its data. Leave the JDBC URL"
        + " empty for the embedded Derby database in the data directory; set it to a jdbc:postgresql:// URL"
        + " for production or for several nodes.")
@interface StorageConfig {
    String PID = "org.tandem.storage";

    @AttributeDefinition(name = "JDBC URL", required = false,
            description = "e.g. jdbc:postgresql://db.example.edu:5432/tandem; empty for embedded Derby")
    String url() default "";

    @AttributeDefinition(name = "User", required = false)
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(name = "Data directory",
            description = "Directory of the embedded Derby database; created on first start")
    String dataDirectory() default "data";

    @AttributeDefinition(name = "Connection pool size", min = "1", max = "200")
    int poolSize() default 10;

    @AttributeDefinition(name = "Connection timeout (ms)",
            description = "How long to wait for the database before giving up with an error", min = "250")
    long connectionTimeoutMillis() default 10_000;
}
