package org.tandem.matching.internal.score;

import java.util.Locale;
import java.util.Map;
import org.tandem.rest.api.Messages;

/**
 * Why a criterion gave the points it gave, as a message key with its arguments, so that the reason is
 * put into words in the reader's language when it is shown (runs keep the key, not the sentence).
 */
public record Reason(String key, Map<String, Object> args) {
    static final Messages TEXT = Messages.of(Reason.class, "org/tandem/matching/internal/messages");

    public Reason {
        args = Map.copyOf(args);
    }

    static Reason of(String key, Object... namesAndValues) {
        return new Reason(key, Messages.named(namesAndValues));
    }

    /** The reason in words. */
    public String in(Locale language) {
        return TEXT.format(language, key, args);
    }

    /** Every message of the matching bundle, for its test. */
    public static Messages messages() {
        return TEXT;
    }
}
