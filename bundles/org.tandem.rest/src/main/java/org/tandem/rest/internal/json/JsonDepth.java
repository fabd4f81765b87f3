package org.tandem.rest.internal.json;

/**
 * How deeply a JSON text nests its arrays and objects, counted in one pass over the bytes before any
 * parser sees them: every JSON parser here (JSON-P, Yasson, the feature's own) descends recursively, and
 * arrays nested 100,000 deep overflowed the stack with a 500. Brackets inside strings do not count;
 * UTF-8 never puts an ASCII byte inside a multi-byte character, so bytes are enough.
 */
public final class JsonDepth {
    /** Deeper than anything Tandem reads (its deepest bodies nest 4 levels). */
    public static final int MAX = 64;

    private JsonDepth() {
    }

    /** Whether {@code json} nests deeper than {@code max}; stops at the first level too deep. */
    public static boolean deeperThan(byte[] json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++; // the escaped character, whatever it is
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > max) {
                    return true;
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return false;
    }
}
