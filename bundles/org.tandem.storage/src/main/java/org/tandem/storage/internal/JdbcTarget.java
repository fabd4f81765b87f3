package org.tandem.storage.internal;

import java.nio.file.Path;

/** Which database a configuration points at, and the driver class that serves it. */
record JdbcTarget(String kind, String url, String driverClass) {

    static JdbcTarget of(StorageConfig config) {
        String url = config.url().isBlank()
                ? "jdbc:derby:" + Path.of(config.dataDirectory(), "derby").toAbsolutePath() + ";create=true;territory=en_US"
                : config.url().trim();
        if (url.startsWith("jdbc:derby:")) {
            return new JdbcTarget("derby", url, "org.apache.derby.jdbc.EmbeddedDriver");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new JdbcTarget("postgresql", url, "org.postgresql.Driver");
        }
        throw new IllegalArgumentException("Unsupported JDBC URL '" + url + "' in configuration " + StorageConfig.PID
                + ": use jdbc:postgresql://host:port/database, or leave url empty for embedded Derby.");
    }

    /** The URL without credentials or attributes, safe to log. */
    String safeUrl() {
        int cut = url.indexOf(url.startsWith("jdbc:derby:") ? ';' : '?');
        return cut < 0 ? url : url.substring(0, cut);
    }
}
