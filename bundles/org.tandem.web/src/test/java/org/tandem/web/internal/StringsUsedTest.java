package org.tandem.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every string a page asks for by a literal key exists in English and in German, and each language
 * has exactly the same keys: a page never shows a key instead of words.
 */
class StringsUsedTest {
    private static final Path WEB = Path.of("src/main/resources/web");
    private static final Pattern LITERAL = Pattern.compile("\\bt\\('([a-zA-Z][\\w.]*)'(?!\\s*\\+)");

    @Test
    void everyLiteralKeyExistsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path js : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(js).replaceAll("(?m)^\\s*//.*$", ""));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 150, "found the keys: " + used.size());
        for (String language : List.of("", "_de")) {
            Set<String> defined = keys(language);
            List<String> missing = new ArrayList<>(used);
            missing.removeAll(defined);
            assertEquals(List.of(), missing, "missing in web/i18n/*" + language + ".properties");
        }
        assertEquals(keys(""), keys("_de"));
    }

    /** Issue 19.7: plural and select forms are written so that ICU (and so the browser's formatter) reads them. */
    @Test
    void everyStringIsAValidMessagePattern() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String feature : List.of("core", "workflow", "feedback", "catalog", "matching", "notifications")) {
            for (String suffix : List.of("", "_de")) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(WEB.resolve("i18n/" + feature + suffix + ".properties"))) {
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                for (String key : p.stringPropertyNames()) {
                    try {
                        new com.ibm.icu.text.MessageFormat(p.getProperty(key));
                    } catch (IllegalArgumentException e) {
                        broken.add(feature + suffix + ": " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static Set<String> keys(String suffix) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String feature : List.of("core", "workflow", "feedback", "catalog", "matching", "notifications")) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(WEB.resolve("i18n/" + feature + suffix + ".properties"))) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            p.stringPropertyNames().forEach(out::add);
        }
        return out;
    }
}
