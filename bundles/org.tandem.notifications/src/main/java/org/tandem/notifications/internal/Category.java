package org.tandem.notifications.internal;

/**
 * What a notification is about; each is a preference a person can tune. The defaults never switch off
 * something a person must act on (accept, sign, answer, attend).
 */
public enum Category {
    PAIRED(Mode.IMMEDIATE),
    ACCEPTANCE(Mode.IMMEDIATE),
    PHASE(Mode.IMMEDIATE),
    AGREEMENT(Mode.IMMEDIATE),
    MEETING(Mode.IMMEDIATE),
    MEETING_REMINDER(Mode.IMMEDIATE),
    FEEDBACK(Mode.IMMEDIATE),
    TRAINING(Mode.IMMEDIATE),
    QUIET(Mode.IMMEDIATE),
    DIGEST(Mode.WEEKLY);

    private final Mode standard;

    Category(Mode standard) {
        this.standard = standard;
    }

    public Mode standard() {
        return standard;
    }

    /** The category by its name in any case, or null. */
    public static Category named(String name) {
        for (Category c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }
}
