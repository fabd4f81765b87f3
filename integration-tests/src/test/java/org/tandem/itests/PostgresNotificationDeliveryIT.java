package org.tandem.itests;

import java.util.Map;

/** Mail delivery under failure, on the server jar with postgresql. */
public class PostgresNotificationDeliveryIT extends NotificationDeliveryBehaviour {
    @Override
    protected Map<String, String> databaseEnv() {
        return ServerOptions.processEnv("postgresql");
    }

    @Override
    protected boolean sharedDatabase() {
        return true;
    }
}
