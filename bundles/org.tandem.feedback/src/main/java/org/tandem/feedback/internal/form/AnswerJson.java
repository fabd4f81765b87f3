package org.tandem.feedback.internal.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.json.JsonArrayBuilder;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import org.tandem.storage.Jsonp;

/** Answers between JSON (as stored and as sent) and plain Java values (as {@link AnswerCheck} reads them). */
public final class AnswerJson {
    private AnswerJson() {
    }

    public static Map<String, Object> read(String json) {
        try (JsonReader r = Jsonp.reader(json)) {
            return object(r.readObject());
        }
    }

    public static Map<String, Object> object(JsonObject o) {
        Map<String, Object> out = new LinkedHashMap<>();
        o.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    public static String write(Map<String, Object> answers) {
        JsonObjectBuilder b = Jsonp.objectBuilder();
        answers.forEach((k, v) -> add(b, k, v));
        return b.build().toString();
    }

    private static Object value(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).isIntegral() ? (Object) ((JsonNumber) v).longValue()
                    : ((JsonNumber) v).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                v.asJsonArray().forEach(x -> list.add(value(x)));
                yield list;
            }
            case OBJECT -> object(v.asJsonObject());
        };
    }

    private static void add(JsonObjectBuilder b, String k, Object v) {
        if (v == null) {
            b.addNull(k);
        } else if (v instanceof Boolean x) {
            b.add(k, x);
        } else if (v instanceof Long || v instanceof Integer) {
            b.add(k, ((Number) v).longValue());
        } else if (v instanceof Number n) {
            b.add(k, n.doubleValue());
        } else if (v instanceof List<?> list) {
            JsonArrayBuilder a = Jsonp.arrayBuilder();
            list.forEach(x -> a.add(String.valueOf(x)));
            b.add(k, a);
        } else if (v instanceof Map<?, ?> m) {
            JsonObjectBuilder o = Jsonp.objectBuilder();
            m.forEach((mk, mv) -> add(o, String.valueOf(mk), mv));
            b.add(k, o);
        } else {
            b.add(k, v.toString());
        }
    }
}
