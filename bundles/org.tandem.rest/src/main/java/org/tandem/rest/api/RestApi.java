package org.tandem.rest.api;

/**
 * Names for the JAX-RS whiteboard. A feature's resource joins the API with
 * {@code @JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)} and
 * {@code @JaxrsExtensionSelect(RestApi.JSON_SELECT)}, so it is served under {@code /api} and only once
 * JSON is available.
 */
public final class RestApi {
    /** The JAX-RS application's name; it is served at {@value #BASE}. */
    public static final String APPLICATION_NAME = "tandem";
    public static final String BASE = "/api";
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";
    public static final String JSON_NAME = "tandem.json";
    public static final String JSON_SELECT = "(osgi.jaxrs.name=" + JSON_NAME + ")";
    public static final String PROBLEM_JSON = "application/problem+json";
    /** The largest request body accepted, in bytes. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private RestApi() {
    }
}
