package org.tandem.feedback.internal.form;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.json.JsonArrayBuilder;
import javax.json.JsonObjectBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;
import org.tandem.storage.Jsonp;

/**
 * A licensed instrument's items from a CSV file, one question per line, as a template's JSON. Columns:
 * {@code section,id,type,label,help,required,points,anchors,options,rows,competency}; lists are
 * {@code key=text} pairs separated by {@code ;} (e.g. anchors {@code 1=not at all;7=extremely}).
 * Problems are reported by line and column.
 */
public final class InstrumentCsv {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).build();
    private static final Pattern PATH = Pattern.compile("sections\\[(\\d+)]\\.questions\\[(\\d+)]\\.?(.*)");

    private InstrumentCsv() {
    }

    /** The template JSON; every problem (of the file or of a question) names its line. */
    public static String toTemplate(String key, String title, String visibility, String csv) {
        Map<String, JsonArrayBuilder> sections = new LinkedHashMap<>();
        Map<String, Long> lineOf = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        try (CSVParser parser = CSV.parse(new StringReader(csv == null ? "" : csv))) {
            if (!parser.getHeaderMap().keySet().containsAll(List.of("id", "type", "label"))) {
                throw new ValidationException("header", org.tandem.feedback.internal.Texts.TEXT.format("csv.columns"));
            }
            for (CSVRecord r : parser) {
                Map<String, String> row = r.toMap();
                String section = row.getOrDefault("section", "");
                int index = count.merge(section, 1, Integer::sum) - 1;
                int sectionIndex = new ArrayList<>(sections.keySet()).indexOf(section);
                sectionIndex = sectionIndex < 0 ? sections.size() : sectionIndex;
                lineOf.put(sectionIndex + ":" + index, parser.getCurrentLineNumber());
                sections.computeIfAbsent(section, s -> Jsonp.arrayBuilder()).add(question(row));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException("file", org.tandem.feedback.internal.Texts.TEXT.format("csv.invalid", "reason",
                    String.valueOf(e.getMessage())));
        }
        JsonArrayBuilder all = Jsonp.arrayBuilder();
        sections.forEach((name, qs) -> all.add(Jsonp.objectBuilder().add("title", name.isEmpty() ? title : name)
                .add("questions", qs)));
        String json = Jsonp.objectBuilder().add("key", key).add("title", title == null ? "" : title)
                .add("visibility", visibility == null ? "" : visibility).add("sections", all).build().toString();
        try {
            TemplateReader.read(json, 1);
        } catch (ValidationException e) {
            List<FieldError> byLine = new ArrayList<>();
            for (FieldError f : e.errors()) {
                Matcher m = PATH.matcher(f.field());
                byLine.add(m.matches() ? new FieldError("line " + lineOf.get(m.group(1) + ":" + m.group(2))
                        + (m.group(3).isEmpty() ? "" : ", " + m.group(3)), f.message(), f.code(), f.args()) : f);
            }
            throw new ValidationException(byLine);
        }
        return json;
    }

    private static JsonObjectBuilder question(Map<String, String> row) {
        JsonObjectBuilder q = Jsonp.objectBuilder();
        put(q, "id", row.get("id"));
        put(q, "type", row.get("type"));
        put(q, "label", row.get("label"));
        put(q, "help", row.get("help"));
        put(q, "competency", row.get("competency"));
        q.add("required", "true".equalsIgnoreCase(row.get("required")) || "yes".equalsIgnoreCase(row.get("required")));
        String points = row.get("points");
        if (points != null && !points.isBlank()) {
            try {
                q.add("points", Integer.parseInt(points));
            } catch (NumberFormatException e) {
                q.add("points", -1); // reported as an invalid scale by the template check
            }
        }
        pairs(q, "anchors", row.get("anchors"));
        pairs(q, "options", row.get("options"));
        pairs(q, "rows", row.get("rows"));
        return q;
    }

    private static void pairs(JsonObjectBuilder q, String name, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        JsonObjectBuilder o = Jsonp.objectBuilder();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                o.add(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        q.add(name, o);
    }

    private static void put(JsonObjectBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.add(name, value);
        }
    }
}
