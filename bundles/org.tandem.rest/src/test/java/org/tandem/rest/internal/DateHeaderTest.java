package org.tandem.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.Phase;
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

    @Test
    void putsTheDateAmongTheAnswersHeadersBeforeCxfWritesItsOwn() {
        DateHeader.Stamping stamping = header.new Stamping();
        assertEquals(Phase.PRE_LOGICAL, stamping.getPhase());
        Message answer = new MessageImpl();
        stamping.handleMessage(answer);
        List<Object> date = headers(answer).get("date");
        assertEquals(1, date.size());
        Instant stamped = ZonedDateTime.parse((String) date.get(0), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertEquals(true, Math.abs(stamped.getEpochSecond() - Instant.now().getEpochSecond()) <= 1, stamped.toString());
    }

    @Test
    void keepsADateThatIsThereAndTheOtherHeaders() {
        Message answer = new MessageImpl();
        Map<String, List<Object>> given = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        given.put("Date", List.of("Sun, 01 Jan 2012 00:00:00 GMT"));
        given.put("Location", List.of("/api/programs/1"));
        answer.put(Message.PROTOCOL_HEADERS, given);
        header.new Stamping().handleMessage(answer);
        assertEquals(List.of("Sun, 01 Jan 2012 00:00:00 GMT"), headers(answer).get("Date"));
        assertEquals(List.of("/api/programs/1"), headers(answer).get("Location"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> headers(Message m) {
        return (Map<String, List<Object>>) m.get(Message.PROTOCOL_HEADERS);
    }
}
