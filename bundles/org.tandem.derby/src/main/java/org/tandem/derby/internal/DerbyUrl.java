package org.tandem.derby.internal;

import java.sql.SQLException;

/** A {@code jdbc:derby:<database>[;attr=value...]} URL split into the database and its attributes. */
record DerbyUrl(String database, String attributes) {
    private static final String PREFIX = "jdbc:derby:";

    static DerbyUrl parse(String url) throws SQLException {
        if (!url.startsWith(PREFIX)) {
            throw new SQLException("Not an embedded Derby URL (expected jdbc:derby:<directory>): " + url);
        }
        String rest = url.substring(PREFIX.length());
        int semicolon = rest.indexOf(';');
        return semicolon < 0 ? new DerbyUrl(rest, "")
                : new DerbyUrl(rest.substring(0, semicolon), rest.substring(semicolon + 1));
    }
}
