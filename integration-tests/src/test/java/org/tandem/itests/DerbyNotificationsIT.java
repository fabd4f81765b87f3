package org.tandem.itests;

import java.util.Map;

/** Notifications by mail and in the inbox, on the server jar with derby. */
public class DerbyNotificationsIT extends NotificationsBehaviour {
    @Override
    protected Map<String, String> databaseEnv() {
        return ServerOptions.processEnv("derby");
    }
}
