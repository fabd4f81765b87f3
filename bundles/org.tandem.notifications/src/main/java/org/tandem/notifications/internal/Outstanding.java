package org.tandem.notifications.internal;

/**
 * How many feedback answers a program still owes. Registered by {@link FeedbackOutstanding} while the
 * feedback feature runs; this interface keeps feedback's API out of the classes that use it, so that
 * they load without the feedback bundle.
 */
public interface Outstanding {
    int answers(String programId);
}
