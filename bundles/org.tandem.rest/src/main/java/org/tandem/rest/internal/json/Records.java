package org.tandem.rest.internal.json;

import static org.tandem.rest.internal.Texts.TEXT;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.json.JsonObject;
import javax.json.JsonValue;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;

/**
 * Java records in and out of JSON: the API's own records (goals, meetings, agreements…) need no
 * copy as mutable DTOs. In: through the canonical constructor, every component optional (absent is
 * null, or zero for a primitive), unknown members refused by name. Out: as a tree of maps and lists
 * that JSON-B writes, leaving out nulls.
 */
final class Records {
    interface Converter {
        Object convert(JsonValue v, Type type, String path, List<FieldError> errors);
    }

    private Records() {
    }

    static Object read(Class<?> type, JsonObject object, String path, List<FieldError> errors, Converter convert) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = Arrays.stream(components)
                .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, LinkedHashMap::new));
        Object[] args = new Object[components.length];
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            RecordComponent c = byName.get(e.getKey());
            if (c == null) {
                errors.add(new FieldError(at, "is not a known field; known fields are "
                        + String.join(", ", byName.keySet())));
                continue;
            }
            args[Arrays.asList(components).indexOf(c)] = convert.convert(e.getValue(), c.getGenericType(), at, errors);
        }
        for (int i = 0; i < components.length; i++) {
            args[i] = args[i] == null ? zero(components[i].getType()) : args[i];
        }
        return errors.isEmpty() ? construct(type, components, args) : null;
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException("body", TEXT.format("input.unreadable", "reason", String.valueOf(e.getCause().getMessage())));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be read from JSON", e);
        }
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        return type == long.class ? (Object) 0L : type == double.class ? (Object) 0d : (Object) 0;
    }

    /** A value ready for JSON-B: records become ordered maps (nulls left out), recursively. */
    static Object tree(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Record r) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = component(c, r);
                if (v != null) {
                    map.put(c.getName(), tree(v));
                }
            }
            return map;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Records::tree).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), tree(v)));
            return out;
        }
        return value;
    }

    private static Object component(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a value holds a record anywhere JSON-B would have to look. */
    static boolean needsTree(Object value) {
        return value instanceof Record || (value instanceof Collection<?> c && c.stream().anyMatch(Records::needsTree))
                || (value instanceof Map<?, ?> m && m.values().stream().anyMatch(Records::needsTree));
    }
}
