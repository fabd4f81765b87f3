package org.tandem.notifications.internal;

/** The reference target every notifications component requires: switching the feature off removes them all. */
public final class NotificationsFeature {
    public static final String ON = "(tandem.feature=notifications)";

    private NotificationsFeature() {
    }
}
