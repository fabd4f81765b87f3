package org.tandem.rest.api;

import java.util.List;
import java.util.Locale;

/**
 * The languages Tandem speaks, and which one a request asks for: the app sends its launch's language
 * as {@code Accept-Language}; anything Tandem does not speak is answered in English.
 */
public final class Languages {
    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final ThreadLocal<Locale> READER = new ThreadLocal<>();

    /** While open, the thread answers a reader of one language; closing restores what was before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The first of the languages, in the reader's order of preference, that Tandem speaks; else English. */
    public static Locale first(List<Locale> accepted) {
        for (Locale l : accepted) {
            for (Locale s : SUPPORTED) {
                if (s.getLanguage().equals(l.getLanguage())) {
                    return s;
                }
            }
        }
        return DEFAULT;
    }

    /**
     * The language of the request this thread answers (set for every HTTP request from its
     * {@code Accept-Language}); English outside a request, e.g. in a scheduled job.
     */
    public static Locale current() {
        Locale l = READER.get();
        return l == null ? DEFAULT : l;
    }

    /** Makes the first of the accepted languages Tandem speaks {@link #current()} until the scope closes. */
    public static Scope reading(List<Locale> accepted) {
        Locale before = READER.get();
        READER.set(first(accepted));
        return () -> {
            if (before == null) {
                READER.remove();
            } else {
                READER.set(before);
            }
        };
    }

    /** The supported language of a locale (de-AT is German), or English. */
    public static Locale of(Locale locale) {
        return locale == null ? DEFAULT : first(List.of(locale));
    }
}
