package org.tandem.lti.internal.services;

/** A platform service (token, roster, gradebook) refused or failed; the message says which and why. */
public class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceException(String message) {
        super(message);
    }
}
