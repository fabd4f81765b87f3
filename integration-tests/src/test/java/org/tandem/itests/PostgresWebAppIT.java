package org.tandem.itests;

import java.sql.SQLException;
import java.util.Map;
import org.junit.Assume;

/** The web app in a real browser on PostgreSQL (a fresh schema), chosen by environment variables. */
public class PostgresWebAppIT extends WebAppBehaviour {
    @Override
    protected String database() {
        return "postgresql";
    }

    @Override
    protected Map<String, String> databaseEnv() throws Exception {
        try {
            return Map.of("TANDEM_DB_URL", ServerOptions.PG_URL + "?currentSchema=" + ServerOptions.freshSchema(),
                    "TANDEM_DB_USER", "postgres");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL at " + ServerOptions.PG_URL + " must answer under CI=true", e);
            }
            Assume.assumeNoException("PostgreSQL tests skipped: nothing answers at " + ServerOptions.PG_URL, e);
            return Map.of();
        }
    }
}
