package org.tandem.catalog.internal.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.catalog.internal.Course;

/** A course as JSON. {@code tenant} is "*" for the courses Tandem ships; it is set by the server. */
public class CourseDto {
    public String id;
    public Long version;
    public String tenant;
    public String key;
    public String title;
    public String provider;
    public String summary;
    public String format;
    public Integer durationMinutes;
    public String audience;
    public List<String> competencies;
    public String language;
    public String cost;
    public String url;
    public String evidence;
    public Integer validMonths;

    static CourseDto of(Course c) {
        CourseDto d = new CourseDto();
        d.id = c.id();
        d.version = c.version();
        d.tenant = c.tenant();
        d.key = c.key();
        d.title = c.title();
        d.provider = c.provider();
        d.summary = c.summary();
        d.format = c.format().name();
        d.durationMinutes = c.durationMinutes();
        d.audience = c.audience().name();
        d.competencies = c.competencies();
        d.language = c.language();
        d.cost = c.cost();
        d.url = c.url();
        d.evidence = c.evidence();
        d.validMonths = c.validMonths();
        return d;
    }

    /** The fields an import row has, so one set of checks serves the API, CSV and JSON files. */
    Map<String, String> row() {
        Map<String, String> m = new HashMap<>();
        m.put("key", key);
        m.put("title", title);
        m.put("provider", provider);
        m.put("summary", summary);
        m.put("format", format);
        m.put("durationMinutes", durationMinutes == null ? null : durationMinutes.toString());
        m.put("audience", audience);
        m.put("competencies", competencies == null ? null : String.join("; ", competencies));
        m.put("language", language);
        m.put("cost", cost);
        m.put("url", url);
        m.put("evidence", evidence);
        m.put("validMonths", validMonths == null ? null : validMonths.toString());
        return m;
    }
}
