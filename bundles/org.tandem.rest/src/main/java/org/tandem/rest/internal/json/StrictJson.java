package org.tandem.rest.internal.json;

import static org.tandem.rest.internal.Texts.TEXT;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.json.JsonArray;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;
import javax.json.spi.JsonProvider;
import javax.json.stream.JsonParsingException;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;

/**
 * Reads a request body into a DTO (a class with public fields) and reports every problem by field:
 * unknown fields, wrong types, malformed values. A general-purpose binder stops at the first
 * problem with a message about Java types; a person fixing a form needs them all, in their words.
 */
public final class StrictJson {
    private final JsonProvider json;

    public StrictJson(JsonProvider json) {
        this.json = json;
    }

    public Object read(InputStream in, Type type) {
        JsonValue value;
        try (JsonReader reader = json.createReader(in)) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new BadJsonException(TEXT.format("input.not-json", "reason", String.valueOf(e.getMessage())), e);
        } catch (JsonException e) {
            throw new BadJsonException(TEXT.format("input.json-unreadable", "reason", String.valueOf(e.getMessage())), e);
        }
        List<FieldError> errors = new ArrayList<>();
        Object result = convert(value, type, "", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return result;
    }

    Object convert(JsonValue v, Type type, String path, List<FieldError> errors) {
        Class<?> raw = raw(type);
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(name(path), "must not be null"));
            }
            return null;
        }
        Object result = Scalars.convert(v, raw);
        if (result != Scalars.NOT_SCALAR) {
            if (result == null) {
                errors.add(new FieldError(name(path), Scalars.expectation(raw)));
            }
            return result;
        }
        if (List.class.isAssignableFrom(raw)) {
            return list(v, elementType(type), path, errors);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(v, type, path, errors);
        }
        return object(v, raw, path, errors);
    }

    /** A JSON object read as a map with text keys, e.g. {@code {"GOALS": 30}}. */
    private Map<String, Object> map(JsonValue v, Type type, String path, List<FieldError> errors) {
        if (!(v instanceof JsonObject object)) {
            errors.add(new FieldError(name(path), "must be an object in curly braces"));
            return null;
        }
        Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            out.put(e.getKey(), convert(e.getValue(), value, path.isEmpty() ? e.getKey() : path + "." + e.getKey(), errors));
        }
        return out;
    }

    private List<Object> list(JsonValue v, Type element, String path, List<FieldError> errors) {
        if (!(v instanceof JsonArray array)) {
            errors.add(new FieldError(name(path), "must be a list in square brackets"));
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(convert(array.get(i), element, path + "[" + i + "]", errors));
        }
        return out;
    }

    private Object object(JsonValue v, Class<?> raw, String path, List<FieldError> errors) {
        if (!(v instanceof JsonObject object)) {
            errors.add(new FieldError(name(path), "must be an object in curly braces"));
            return null;
        }
        if (raw.isRecord()) {
            return Records.read(raw, object, path, errors, this::convert);
        }
        Map<String, Field> fields = fieldsOf(raw);
        Object target = instantiate(raw);
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            Field f = fields.get(e.getKey());
            if (f == null) {
                errors.add(new FieldError(at, "is not a known field; known fields are " + String.join(", ",
                        fields.keySet())));
                continue;
            }
            set(f, target, convert(e.getValue(), f.getGenericType(), at, errors));
        }
        return target;
    }

    private static Map<String, Field> fieldsOf(Class<?> raw) {
        return Arrays.stream(raw.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .collect(Collectors.toMap(Field::getName, f -> f, (a, b) -> a, LinkedHashMap::new));
    }

    private static Object instantiate(Class<?> raw) {
        try {
            return raw.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(raw + " needs a public no-argument constructor to be read from JSON", e);
        }
    }

    private static void set(Field f, Object target, Object value) {
        if (value == null && f.getType().isPrimitive()) {
            return;
        }
        try {
            f.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("Unsupported type " + type);
    }

    private static Type elementType(Type listType) {
        return listType instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
