package org.tandem.rest.internal.json;

/** The request body is not JSON at all. */
public class BadJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
