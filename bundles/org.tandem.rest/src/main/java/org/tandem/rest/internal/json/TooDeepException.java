package org.tandem.rest.internal.json;

/** The request body nests arrays and objects deeper than {@link JsonDepth#MAX}. */
public class TooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TooDeepException(int max) {
        super("The JSON in the request nests arrays and objects more than " + max + " levels deep; no request to"
                + " this API needs more. Send a flatter body.");
    }
}
