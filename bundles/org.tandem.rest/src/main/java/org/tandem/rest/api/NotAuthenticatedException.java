package org.tandem.rest.api;

/** The request needs a signed-in person and has none (answered 401). */
public class NotAuthenticatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("Open Tandem from your learning platform (a course or site link) so that it knows who you are;"
                + " this request carried no valid session.");
    }

    /** @param message what credentials the request needs, for the person reading the problem */
    public NotAuthenticatedException(String message) {
        super(message);
    }
}
