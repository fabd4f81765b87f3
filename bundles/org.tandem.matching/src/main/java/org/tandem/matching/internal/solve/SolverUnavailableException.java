package org.tandem.matching.internal.solve;

/** The solver cannot run on this server (its native libraries do not load here). */
public class SolverUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SolverUnavailableException(String message) {
        super(message);
    }

    public SolverUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
