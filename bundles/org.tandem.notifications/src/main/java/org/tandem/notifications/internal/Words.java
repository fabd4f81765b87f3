package org.tandem.notifications.internal;

import static org.tandem.notifications.internal.Texts.TEXT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import javax.json.JsonString;
import javax.json.JsonValue;
import org.tandem.storage.Jsonp;

/**
 * A notification's values, kept language-neutral (times as epoch milliseconds, phases by name) and
 * put into words in the reader's language only when shown: the inbox follows the reader's language
 * of the day, the mail the recipient's.
 */
public final class Words {
    /** Values that are instants: shown as a date and time in UTC. */
    private static final java.util.Set<String> TIMES = java.util.Set.of("when", "closes");
    /** Values that are days (ISO-8601 dates): shown as a date. */
    private static final java.util.Set<String> DAYS = java.util.Set.of("expires");
    /** Values that are phases: shown by their name in the reader's language. */
    private static final java.util.Set<String> PHASES = java.util.Set.of("phase", "from");

    private Words() {
    }

    public static String json(Map<String, Object> args) {
        JsonObjectBuilder b = Jsonp.objectBuilder();
        args.forEach((k, v) -> {
            if (v instanceof Number n) {
                b.add(k, n.longValue());
            } else if (v != null) {
                b.add(k, String.valueOf(v));
            }
        });
        return b.build().toString();
    }

    public static Map<String, Object> parse(String json) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonObject o = Jsonp.reader(json).readObject();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            JsonValue v = e.getValue();
            out.put(e.getKey(), v instanceof JsonNumber n ? (Object) n.longValue()
                    : v instanceof JsonString s ? s.getString() : v.toString());
        }
        return out;
    }

    /** The values as the reader reads them. */
    public static Map<String, Object> inWords(Locale language, Map<String, Object> args) {
        Map<String, Object> out = new LinkedHashMap<>(args);
        for (String k : TIMES) {
            if (args.get(k) instanceof Long ms) {
                out.put(k, time(language, Instant.ofEpochMilli(ms)));
            }
        }
        for (String k : DAYS) {
            if (args.get(k) instanceof String day) {
                try {
                    out.put(k, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                            .format(java.time.LocalDate.parse(day)));
                } catch (java.time.format.DateTimeParseException e) {
                    out.put(k, day);
                }
            }
        }
        if (args.get("phase") instanceof String phase && !phase.isEmpty()) {
            out.put("next", TEXT.format(language, "phase.next." + phase));
        }
        for (String k : PHASES) {
            if (args.get(k) instanceof String phase && !phase.isEmpty()) {
                out.put(k, TEXT.format(language, "phase.name." + phase));
            }
        }
        out.putIfAbsent("closes", "none");
        return out;
    }

    public static String time(Locale language, Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    public static String subject(Locale language, String key, Map<String, Object> args) {
        return TEXT.format(language, key + ".subject", inWords(language, args));
    }

    public static String body(Locale language, String key, Map<String, Object> args) {
        return TEXT.format(language, key + ".body", inWords(language, args)).strip();
    }
}
