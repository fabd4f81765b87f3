package org.tandem.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class DateHeaderTest {
    private final DateHeader header = new DateHeader();

    @Test
    void isAnImfFixdateInGmtWithATwoDigitDay() {
        assertEquals("Mon, 07 Dec 2026 16:30:53 GMT", header.at(Instant.parse("2026-12-07T16:30:53.900Z")));
        assertEquals("Sun, 01 Jan 2012 00:00:00 GMT", header.at(Instant.parse("2012-01-01T00:00:00Z")));
    }

    @Test
    void followsTheClockFromOneSecondToTheNext() {
        Instant t = Instant.parse("2026-12-07T23:59:59.999Z");
        assertEquals("Mon, 07 Dec 2026 23:59:59 GMT", header.at(t));
        assertEquals("Mon, 07 Dec 2026 23:59:59 GMT", header.at(t.minusMillis(500)));
        assertEquals("Tue, 08 Dec 2026 00:00:00 GMT", header.at(t.plusMillis(1)));
    }

    @Test
    void parsesBackAsRfc1123() {
        Instant t = Instant.parse("2026-03-05T08:09:10Z");
        assertEquals(t, ZonedDateTime.parse(header.at(t), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    }
}
