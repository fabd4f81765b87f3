package org.tandem.catalog.internal;

import static org.tandem.catalog.internal.Texts.TEXT;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tandem.model.Checks;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;

/**
 * Courses as rows of named fields, the shape both CSV and JSON import and export use. Reading
 * checks every row and reports every problem by its line (CSV) or item (JSON) and field; a file
 * with any problem gives no courses at all.
 */
public final class CourseRows {
    static final List<String> COLUMNS = List.of("key", "title", "provider", "summary", "format", "durationMinutes",
            "audience", "competencies", "language", "cost", "url", "evidence", "validMonths");
    private static final List<String> REQUIRED = List.of("key", "title", "provider", "format", "audience");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).build();

    private CourseRows() {
    }

    public static List<Course> fromCsv(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ValidationException("header", TEXT.format("csv.header-missing", "columns", String.join(",", COLUMNS),
                        "missing", String.join(", ", missing)));
            }
            for (CSVRecord r : parser) {
                rows.add(r.toMap());
                lines.add(r.getParser().getCurrentLineNumber());
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException("file", TEXT.format("csv.invalid", "reason", String.valueOf(e.getMessage())));
        }
        return read(rows, i -> "line " + lines.get(i));
    }

    public static List<Course> fromMaps(List<Map<String, String>> items) {
        return read(items, i -> "item " + (i + 1));
    }

    public static String toCsv(List<Course> courses) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                .build())) {
            for (Course c : courses) {
                p.printRecord(values(c));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static List<Object> values(Course c) {
        return Arrays.asList(c.key(), c.title(), c.provider(), c.summary(), c.format().name(), c.durationMinutes(),
                c.audience().name(), String.join("; ", c.competencies()), c.language(), c.cost(), c.url(),
                c.evidence(), c.validMonths());
    }

    private interface Where {
        String at(int index);
    }

    private static List<Course> read(List<Map<String, String>> rows, Where where) {
        List<Course> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                out.add(course(rows.get(i)));
            } catch (ValidationException e) {
                for (FieldError f : e.errors()) {
                    errors.add(new FieldError(where.at(i) + ", " + f.field(), f.message(), f.code(), f.args()));
                }
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String key = text(rows.get(i), "key");
            if (key != null && !seen.add(key)) {
                errors.add(new FieldError(where.at(i) + ", key", TEXT.format("csv.key-twice", "key", key)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    /** One row as a course (no id, no tenant yet); every problem of the row in one exception. */
    public static Course course(Map<String, String> row) {
        Checks checks = new Checks();
        String key = text(row, "key");
        if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            checks.fail("key", TEXT.format("input.key-shape"));
        }
        checks.text("title", text(row, "title"), 200, true).text("provider", text(row, "provider"), 200, true)
                .text("summary", text(row, "summary"), 2000, false).text("cost", text(row, "cost"), 100, false)
                .text("evidence", text(row, "evidence"), 500, false).webAddress("url", text(row, "url"))
                .locale("language", text(row, "language"));
        Course.Format format = checks.oneOf("format", text(row, "format"), Course.Format.class, null);
        Course.Audience audience = checks.oneOf("audience", text(row, "audience"), Course.Audience.class, null);
        Integer minutes = number(checks, row, "durationMinutes", 1, 100_000);
        Integer months = number(checks, row, "validMonths", 1, 240);
        String comps = text(row, "competencies");
        List<String> competencies = comps == null ? List.of() : Arrays.stream(comps.split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        checks.items("competencies", competencies, 20, 100);
        checks.orThrow();
        return new Course(null, 0, null, key, text(row, "title"), text(row, "provider"), text(row, "summary"), format,
                minutes, audience, competencies, text(row, "language"), text(row, "cost"), text(row, "url"),
                text(row, "evidence"), months);
    }

    private static String text(Map<String, String> row, String field) {
        String v = row.get(field);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Integer number(Checks checks, Map<String, String> row, String field, int min, int max) {
        String v = text(row, field);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                checks.fail(field, TEXT.format("input.range", "min", min, "max", max));
            }
            return n;
        } catch (NumberFormatException e) {
            checks.fail(field, TEXT.format("input.whole-number"));
            return null;
        }
    }
}
