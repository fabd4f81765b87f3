package org.tandem.lti.internal.launch;

import org.tandem.lti.internal.Texts;

/**
 * Why a launch was refused: one value per rule of the security framework (lti-security.md, R1–R16
 * and the catalogue), each with what a person seeing the error page, or an administrator reading the
 * log, should know.
 */
public enum Rejection {
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
    NO_DEEP_LINK_RETURN("The deep linking request has no return URL (R15)."),
    NO_STATE("The launch carries no state, so it cannot be matched to the login that started it (R7)."),
    UNKNOWN_STATE("The launch's state was never issued here, or has been cleaned up (R7)."),
    STATE_REUSED("The login of this launch was already used once; open Tandem again from your course (R7)."),
    STATE_NOT_THIS_BROWSER("Tandem could not confirm that this browser started the login (R7): the browser blocks"
            + " Tandem's cookie inside the course page."),
    LOGIN_EXPIRED("The login that started this launch is more than 10 minutes old; open Tandem again from your course."),
    LOGIN_MISMATCH("The launch does not match the login that started it: another platform registration or"
            + " deployment (R7, R8)."),
    DEEP_LINKING_OFF("Adding Tandem activities to a course (Deep Linking) is switched off on this Tandem server; its"
            + " administrator can switch on the feature lti-advantage.");

    private final String message;

    Rejection(String message) {
        this.message = message;
    }

    /** What a person reads: in the language of the request being answered. */
    public String message() {
        return Texts.TEXT.format("rejection." + code());
    }

    /** What the log says (English, the words written next to each value). */
    public String logMessage() {
        return message;
    }

    /**
     * The HTTP status: 413 for an oversized token, 503 when the platform's keys cannot be fetched, 401
     * when the token's origin or authenticity fails, 403 for Deep Linking while it is switched off, 400 for a
     * malformed launch or a broken login flow.
     */
    public int status() {
        return switch (this) {
            case TOO_LARGE -> 413;
            case DEEP_LINKING_OFF -> 403;
            case KEYS_UNAVAILABLE -> 503;
            case BAD_ALGORITHM, NO_KEY_ID, UNKNOWN_ISSUER, WRONG_AUDIENCE, UNKNOWN_KEY, BAD_SIGNATURE, EXPIRED,
                    NOT_YET_VALID, NONCE_MISMATCH, NONCE_REPLAYED -> 401;
            default -> 400;
        };
    }

    /** Whether opening Tandem in a window of its own is the way out (the browser blocked the state cookie). */
    public boolean offersNewWindow() {
        return this == NO_STATE || this == STATE_NOT_THIS_BROWSER || this == UNKNOWN_STATE;
    }

    /** The code shown on the error page and in the log, e.g. {@code nonce-replayed}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
