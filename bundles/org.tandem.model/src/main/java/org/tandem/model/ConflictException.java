package org.tandem.model;

import java.util.List;

/**
 * The change is valid on its own but clashes with what is stored (a duplicate, a full mentor, a
 * phase change whose conditions do not hold). {@link #reasons()} lists each cause when there are several.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Reason> reasons;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<Reason> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
