package org.tandem.catalog.internal;

import java.util.List;

/**
 * A training course in the catalog.
 *
 * @param tenant {@value #SHIPPED} for the courses Tandem ships (seen by every institution), else the
 *     institution that added it
 * @param key a short stable name, unique within its tenant (e.g. {@code entering-mentoring})
 * @param validMonths after how many months a completion must be renewed; null: never
 */
public record Course(String id, long version, String tenant, String key, String title, String provider,
        String summary, Format format, Integer durationMinutes, Audience audience, List<String> competencies,
        String language, String cost, String url, String evidence, Integer validMonths) {
    public static final String SHIPPED = "*";

    public Course {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
    }

    public enum Format { SELF_PACED_ONLINE, FACILITATED_WORKSHOP, READING, LMS_COURSE }

    public enum Audience { MENTORS, MENTEES, BOTH }

    public Course with(String newId, long newVersion, String newTenant) {
        return new Course(newId, newVersion, newTenant, key, title, provider, summary, format, durationMinutes,
                audience, competencies, language, cost, url, evidence, validMonths);
    }
}
