package org.tandem.model;

import java.util.List;
import java.util.Map;

/**
 * The change is valid on its own but clashes with what is stored (a duplicate, a full mentor, a
 * phase change whose conditions do not hold). {@link #reasons()} lists each cause when there are several.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Reason> reasons;
    private final String code;
    private final transient Map<String, Object> args;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<Reason> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
        this.code = null;
        this.args = Map.of();
    }

    /**
     * A clash with one of the domain's rules, with a code and the values it names, so that the REST
     * layer words it in the reader's language; {@code english} stays the message for logs.
     */
    public ConflictException(String code, String english, Object... namesAndValues) {
        super(english);
        this.reasons = List.of();
        this.code = code;
        this.args = Map.copyOf(FieldError.named(namesAndValues));
    }

    /** The rule's code (model 1.4), or null when the message was worded by whoever threw it. */
    public String code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
