package org.tandem.lti.internal.web;

import java.util.Optional;

/** What an instructor can place in a course by Deep Linking: the program, or one of its activities. */
enum Activity {
    PROGRAM("program", "Mentoring program", "The mentoring program: relationships, phases and progress."),
    AGREEMENT("agreement", "Mentoring agreement", "Read, edit and sign the written mentoring agreement."),
    PLAN("plan", "Individual development plan", "The development plan with its SMART goals and progress."),
    MEETINGS("meetings", "Meeting log", "Plan meetings and keep their notes."),
    /** Ends a course in the LMS: opening it records the completion of a catalog course (by its key). */
    TRAINING("training-completion", "Training completion", "Put it at the end of a training course in your LMS and"
            + " make it available once the course is completed: opening it records the completion of the catalog"
            + " course named here.");

    final String key;
    final String title;
    final String text;

    Activity(String key, String title, String text) {
        this.key = key;
        this.title = title;
        this.text = text;
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
