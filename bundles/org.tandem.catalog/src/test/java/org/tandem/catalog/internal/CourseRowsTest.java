package org.tandem.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;

class CourseRowsTest {
    private static final String HEADER = String.join(",", CourseRows.COLUMNS) + "\n";

    @Test
    void theShippedCoursesAreValid() throws IOException {
        try (InputStream in = Courses.class.getResourceAsStream("shipped-courses.csv")) {
            List<Course> shipped = CourseRows.fromCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(List.of("optimizing-the-practice-of-mentoring", "entering-mentoring", "mentoring-up",
                    "culturally-aware-mentoring"), shipped.stream().map(Course::key).toList());
            assertEquals(Course.Audience.MENTEES, shipped.get(2).audience());
            assertTrue(shipped.get(1).competencies().contains("aligning expectations"));
        }
    }

    @Test
    void everyBadLineIsReportedWithItsFieldAndNothingIsKept() {
        String csv = HEADER
                + "ethics-101,Research ethics,Graduate school,,READING,30,BOTH,,en,free,https://uni.edu/ethics,,\n"
                + "Bad Key,No provider,,,PODCAST,ten,EVERYONE,,??,,ftp://x,,0\n"
                + "ethics-101,Again,Graduate school,,READING,,MENTORS,,,,,,\n";
        ValidationException e = assertThrows(ValidationException.class, () -> CourseRows.fromCsv(csv));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("line 3, key", "line 3, provider", "line 3, url", "line 3, language", "line 3, format",
                "line 3, audience", "line 3, durationMinutes", "line 3, validMonths", "line 4, key"), fields);
        assertTrue(e.errors().get(4).message().contains("SELF_PACED_ONLINE"));
        assertTrue(e.errors().get(8).message().contains("appears twice"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aQuotedFieldMaySpanLinesAndCommas() {
        List<Course> one = CourseRows.fromCsv(HEADER + "ethics-101,\"Ethics, research and you\",Graduate school,"
                + "\"Line one\nline two\",READING,30,BOTH,ethics; integrity,en,,,,24\n");
        assertEquals("Ethics, research and you", one.get(0).title());
        assertEquals(List.of("ethics", "integrity"), one.get(0).competencies());
        assertEquals(24, one.get(0).validMonths());
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CourseRows.fromCsv("name,provider\nA,B\n"));
        assertTrue(e.errors().get(0).message().contains("missing: key, title, format, audience"), e.getMessage());
    }

    @Test
    void exportReadsBackTheSame() {
        Course c = CourseRows.course(Map.of("key", "ethics-101", "title", "Ethics", "provider", "Grad school",
                "format", "READING", "audience", "BOTH", "competencies", "a; b", "validMonths", "12"));
        Course back = CourseRows.fromCsv(CourseRows.toCsv(List.of(c))).get(0);
        assertEquals(c, back);
    }
}
