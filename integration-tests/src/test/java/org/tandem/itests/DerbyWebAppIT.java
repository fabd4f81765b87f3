package org.tandem.itests;

import java.util.Map;

/** The web app in a real browser on embedded Derby. */
public class DerbyWebAppIT extends WebAppBehaviour {
    @Override
    protected String database() {
        return "derby";
    }

    @Override
    protected Map<String, String> databaseEnv() {
        return Map.of();
    }
}
