package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import java.util.Optional;

/** What an instructor can place in a course by Deep Linking: the program, or one of its activities. */
enum Activity {
    PROGRAM("program"),
    AGREEMENT("agreement"),
    PLAN("plan"),
    MEETINGS("meetings"),
    /** Ends a course in the LMS: opening it records the completion of a catalog course (by its key). */
    TRAINING("training-completion");

    final String key;

    Activity(String key) {
        this.key = key;
    }

    /** The activity's name in the language of the request (messages {@code activity.<key>.title}). */
    String title() {
        return TEXT.format("activity." + key + ".title");
    }

    String text() {
        return TEXT.format("activity." + key + ".text");
    }

    static Optional<Activity> of(String key) {
        for (Activity a : values()) {
            if (a.key.equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
