package org.tandem.rest.internal.json;

/** The request body is larger than the API accepts. */
public class BodyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + (limit / 1024) + " KB, the most this API accepts.");
    }
}
