package org.tandem.lti.internal.web;

/** A login initiation the tool cannot act on (catalogue 23): answered 400 with a page naming why. */
final class LoginRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LoginRefusedException(String message) {
        super(message);
    }
}
