package org.tandem.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.json.spi.JsonProvider;
import org.junit.jupiter.api.Test;
import org.tandem.model.FieldError;
import org.tandem.model.MemberRole;
import org.tandem.model.ValidationException;

class StrictJsonTest {
    /** A DTO shaped like the API's. */
    public static class Item {
        public String name;
        public Integer count;
        public Boolean active;
        public LocalDate on;
        public List<Part> parts;
    }

    /** A nested DTO. */
    public static class Part {
        public MemberRole role;
    }

    /** A record, as the feature APIs use them. */
    public record Goal(String title, int progress, java.time.Instant at, List<Part> parts) {
        public Goal {
            if (title != null && title.isBlank()) {
                throw new ValidationException("title", "must not be blank");
            }
        }
    }

    private final StrictJson json = new StrictJson(JsonProvider.provider());

    private Object read(String text) {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Item.class);
    }

    @Test
    void readsEveryKindOfField() {
        Item item = (Item) read("{\"name\":\"A\",\"count\":3,\"active\":true,\"on\":\"2026-09-01\","
                + "\"parts\":[{\"role\":\"mentor\"}]}");
        assertEquals("A", item.name);
        assertEquals(3, item.count);
        assertEquals(LocalDate.of(2026, 9, 1), item.on);
        assertEquals(MemberRole.MENTOR, item.parts.get(0).role);
    }

    @Test
    void reportsEveryProblemByItsPath() {
        ValidationException e = assertThrows(ValidationException.class, () -> read("{\"name\":5,\"count\":1.5,"
                + "\"active\":\"yes\",\"on\":\"01/09/2026\",\"parts\":[{\"role\":\"BOSS\"},{\"x\":1}],\"extra\":0}"));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("name", "count", "active", "on", "parts[0].role", "parts[1].x", "extra"), fields);
        assertTrue(e.errors().get(4).message().contains("MENTEE, MENTOR, PEER"), e.errors().get(4).message());
    }

    @Test
    void recordsAreReadThroughTheirConstructorAndWrittenAsObjects() {
        Goal g = (Goal) json.read(new ByteArrayInputStream(("{\"title\":\"Paper\",\"at\":\"2027-01-02T03:04:05Z\","
                + "\"parts\":[{\"role\":\"PEER\"}]}").getBytes(StandardCharsets.UTF_8)), Goal.class);
        assertEquals("Paper", g.title());
        assertEquals(0, g.progress());
        assertEquals(java.time.Instant.parse("2027-01-02T03:04:05Z"), g.at());
        ValidationException e = assertThrows(ValidationException.class, () -> json.read(new ByteArrayInputStream(
                "{\"title\":\" \",\"progress\":\"x\",\"nope\":1}".getBytes(StandardCharsets.UTF_8)), Goal.class));
        assertEquals(List.of("progress", "nope"), e.errors().stream().map(FieldError::field).toList());
        ValidationException blank = assertThrows(ValidationException.class, () -> json.read(new ByteArrayInputStream(
                "{\"title\":\" \"}".getBytes(StandardCharsets.UTF_8)), Goal.class));
        assertEquals("title", blank.errors().get(0).field());
        Object tree = Records.tree(List.of(new Goal("Paper", 5, null, List.of())));
        assertEquals("[{title=Paper, progress=5, parts=[]}]", tree.toString());
    }

    /** A record with a map, as the matching weights are sent. */
    public record Weights(java.util.Map<String, Integer> byName) {
    }

    @Test
    void mapsHaveTextKeysAndTypedValuesNamedByPath() {
        Weights w = (Weights) json.read(new ByteArrayInputStream("{\"byName\":{\"GOALS\":30,\"ROLE\":70}}"
                .getBytes(StandardCharsets.UTF_8)), Weights.class);
        assertEquals(java.util.Map.of("GOALS", 30, "ROLE", 70), w.byName());
        ValidationException e = assertThrows(ValidationException.class, () -> json.read(new ByteArrayInputStream(
                "{\"byName\":{\"GOALS\":\"many\"}}".getBytes(StandardCharsets.UTF_8)), Weights.class));
        assertEquals("byName.GOALS", e.errors().get(0).field());
        ValidationException list = assertThrows(ValidationException.class, () -> json.read(new ByteArrayInputStream(
                "{\"byName\":[1]}".getBytes(StandardCharsets.UTF_8)), Weights.class));
        assertEquals("byName", list.errors().get(0).field());
    }

    @Test
    void malformedJsonAndWrongShapesAreNamed() {
        assertThrows(BadJsonException.class, () -> read("{\"name\":"));
        ValidationException e = assertThrows(ValidationException.class, () -> read("[1]"));
        assertEquals("body", e.errors().get(0).field());
        ValidationException big = assertThrows(ValidationException.class, () -> read("{\"count\":99999999999}"));
        assertEquals("count", big.errors().get(0).field());
    }
}
