package org.tandem.rest.api;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bundle's sentences for people: {@code <base>.properties} (English) and {@code <base>_de.properties}
 * (German, key by key falling back to English), in UTF-8, each an ICU MessageFormat pattern with named
 * arguments and CLDR plural rules, e.g. {@code {n, plural, one {# reason} other {# reasons}}}. Loaded
 * once from the owner's class loader; a missing key is a programming error the bundle's test catches.
 */
public final class Messages {
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();
    private final String base;
    private final Map<Locale, Map<String, String>> patterns = new LinkedHashMap<>();

    private Messages(ClassLoader loader, String base) {
        this.base = base;
        for (Locale language : Languages.SUPPORTED) {
            patterns.put(language, load(loader, base + (language.equals(Languages.DEFAULT) ? "" : "_" + language)));
        }
        if (patterns.get(Languages.DEFAULT).isEmpty()) {
            throw new IllegalArgumentException("No messages at " + base + ".properties");
        }
    }

    /** The messages {@code base} (a resource path without {@code .properties}) next to the owner class. */
    public static Messages of(Class<?> owner, String base) {
        return new Messages(owner.getClassLoader(), base);
    }

    /** The sentence in the language (English when it has no such key), with named arguments filled. */
    public String format(Locale language, String key, Map<String, ?> args) {
        Locale l = Languages.of(language);
        // parsing a pattern (and its plural rules) costs more than formatting it: each is parsed once.
        // ICU's MessageFormat is not thread-safe, hence the lock on the (short) format itself
        MessageFormat format = formats.computeIfAbsent(l.toLanguageTag() + '\u0000' + key,
                k -> new MessageFormat(pattern(l, key), ULocale.forLocale(l)));
        synchronized (format) {
            return format.format(new LinkedHashMap<String, Object>(args));
        }
    }

    /** {@link #format(Locale, String, Map)} with the arguments as name, value, name, value, … */
    public String format(Locale language, String key, Object... namesAndValues) {
        return format(language, key, named(namesAndValues));
    }

    /** name, value, name, value, … as a map in that order. */
    public static Map<String, Object> named(Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return args;
    }

    /** The sentence in the language of the request being answered ({@link Languages#current()}). */
    public String format(String key, Object... namesAndValues) {
        return format(Languages.current(), key, namesAndValues);
    }

    /** "A, B or C" in the language of the request being answered (CLDR list patterns). */
    public static String anyOf(List<String> items) {
        return ListFormatter.getInstance(ULocale.forLocale(Languages.current()), ListFormatter.Type.OR,
                ListFormatter.Width.WIDE).format(items);
    }

    /** "A, B and C" in the language of the request being answered (CLDR list patterns). */
    public static String allOf(List<String> items) {
        return ListFormatter.getInstance(ULocale.forLocale(Languages.current()), ListFormatter.Type.AND,
                ListFormatter.Width.WIDE).format(items);
    }

    public Set<String> keys(Locale language) {
        return new TreeSet<>(patterns.get(Languages.of(language)).keySet());
    }

    /**
     * What a translator or a developer must fix: keys English has and another language lacks (or the
     * reverse), and patterns ICU cannot read. Each bundle's test asserts this is empty.
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        Set<String> english = keys(Languages.DEFAULT);
        for (Locale language : Languages.SUPPORTED) {
            Set<String> here = keys(language);
            english.stream().filter(k -> !here.contains(k)).forEach(k -> out.add(base + "_" + language + " lacks " + k));
            here.stream().filter(k -> !english.contains(k)).forEach(k -> out.add(base + " lacks " + k + " (only in "
                    + language + ")"));
            patterns.get(language).forEach((k, p) -> {
                try {
                    new MessageFormat(p, ULocale.forLocale(language));
                } catch (IllegalArgumentException e) {
                    out.add(base + "_" + language + ": " + k + " is not a valid pattern: " + e.getMessage());
                }
            });
        }
        return out;
    }

    private String pattern(Locale language, String key) {
        String p = patterns.get(language).get(key);
        if (p == null) {
            p = patterns.get(Languages.DEFAULT).get(key);
        }
        if (p == null) {
            throw new IllegalArgumentException("No message " + key + " in " + base);
        }
        return p;
    }

    private static Map<String, String> load(ClassLoader loader, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = loader.getResourceAsStream(path + ".properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
