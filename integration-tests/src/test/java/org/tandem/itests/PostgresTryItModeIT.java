package org.tandem.itests;

import org.junit.BeforeClass;

/** Try-it mode on PostgreSQL: the sample program is made through the same API on either database. */
public class PostgresTryItModeIT extends TryItModeBehaviour {
    @BeforeClass
    public static void up() throws Exception {
        start(ServerOptions.processEnv("postgresql"));
    }
}
