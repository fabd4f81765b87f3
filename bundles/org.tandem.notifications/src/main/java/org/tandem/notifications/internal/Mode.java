package org.tandem.notifications.internal;

/** How a person wants one category: mail at once, mail in a digest, the inbox only, or nothing. */
public enum Mode {
    IMMEDIATE, DAILY, WEEKLY, IN_APP, OFF;

    boolean inbox() {
        return this != OFF;
    }

    boolean mailNow() {
        return this == IMMEDIATE;
    }

    boolean digest() {
        return this == DAILY || this == WEEKLY;
    }
}
