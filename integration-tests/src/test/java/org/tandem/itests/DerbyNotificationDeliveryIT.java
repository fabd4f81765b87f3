package org.tandem.itests;

import java.util.Map;

/** Mail delivery under failure, on the server jar with derby. */
public class DerbyNotificationDeliveryIT extends NotificationDeliveryBehaviour {
    @Override
    protected Map<String, String> databaseEnv() {
        return ServerOptions.processEnv("derby");
    }

    @Override
    protected boolean sharedDatabase() {
        return false;
    }
}
