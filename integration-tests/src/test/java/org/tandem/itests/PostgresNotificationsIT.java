package org.tandem.itests;

import java.util.Map;

/** Notifications by mail and in the inbox, on the server jar with postgresql. */
public class PostgresNotificationsIT extends NotificationsBehaviour {
    @Override
    protected Map<String, String> databaseEnv() {
        return ServerOptions.processEnv("postgresql");
    }
}
