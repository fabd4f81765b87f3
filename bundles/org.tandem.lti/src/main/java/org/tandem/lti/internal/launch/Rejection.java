package org.tandem.lti.internal.launch;

/**
 * Why a launch was refused: one value per rule of the security framework (lti-security.md, R1–R16
 * and the catalogue), each with what a person seeing the error page, or an administrator reading the
 * log, should know.
 */
enum Rejection {
    TOO_LARGE("The launch token is larger than any platform sends."),
    MALFORMED("The launch token is not a well-formed signed JWT."),
    BAD_ALGORITHM("The launch token is not signed with RS256 (R2): unsigned and shared-secret tokens are refused."),
    NO_KEY_ID("The launch token names no signing key (kid)."),
    UNKNOWN_ISSUER("The platform that sent this launch is not registered with Tandem (R3)."),
    WRONG_AUDIENCE("The launch is addressed to another tool, or names several tools without us as the"
            + " authorised party (R4)."),
    UNKNOWN_KEY("The platform's published keys do not include the key this launch was signed with."),
    KEYS_UNAVAILABLE("The platform's public keys could not be fetched just now; try again in a moment."),
    BAD_SIGNATURE("The launch token's signature does not verify with the platform's key (R1)."),
    EXPIRED("The launch has expired; open Tandem again from your course (R5)."),
    NOT_YET_VALID("The launch claims to be issued in the future; check the platform's clock (R5)."),
    NONCE_MISMATCH("The launch does not belong to the login that started it (R6)."),
    NONCE_REPLAYED("This launch was already used once; open Tandem again from your course (R6)."),
    WRONG_VERSION("The launch is not LTI 1.3.0 (R9)."),
    BAD_MESSAGE_TYPE("The launch is not a resource link or deep linking request (R10)."),
    NO_DEPLOYMENT("The launch names no deployment (R8)."),
    UNKNOWN_DEPLOYMENT("This deployment of Tandem is not registered for the platform (R8)."),
    BAD_CLAIM("A claim of the launch has the wrong type (R16)."),
    NO_ROLES("The launch carries no roles claim (R11)."),
    NO_SUBJECT("The launch does not say who the user is (R13)."),
    NO_RESOURCE_LINK("The resource link launch has no resource link id (R12)."),
    BAD_TARGET_LINK("The launch's target is not this tool (R14)."),
    NO_DEEP_LINK_RETURN("The deep linking request has no return URL (R15).");

    private final String message;

    Rejection(String message) {
        this.message = message;
    }

    String message() {
        return message;
    }

    /** The code shown on the error page and in the log, e.g. {@code nonce-replayed}. */
    String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
