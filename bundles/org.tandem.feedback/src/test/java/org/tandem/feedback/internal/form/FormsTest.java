package org.tandem.feedback.internal.form;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.model.FieldError;
import org.tandem.model.ValidationException;

/** Templates as data, answers checked against them, and aggregates that never expose a person. */
class FormsTest {
    static final List<String> SHIPPED = List.of("meeting-check-in", "relationship-pulse",
            "mentor-competency-self-assessment", "mentee-view-of-mentor", "mid-point-review", "closing-evaluation",
            "mentor-training-feedback");

    static Template shipped(String key) throws IOException {
        try (InputStream in = FormsTest.class.getResourceAsStream("/org/tandem/feedback/internal/templates/" + key
                + ".json")) {
            return TemplateReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1);
        }
    }

    @Test
    void theShippedTemplatesAreValidAndCoverTheSixCompetencies() throws IOException {
        for (String key : SHIPPED) {
            assertEquals(key, shipped(key).key());
        }
        Set<String> competencies = shipped("mentor-competency-self-assessment").questions().stream()
                .map(Question::competency).collect(Collectors.toSet());
        assertEquals(Set.of("maintaining effective communication", "aligning expectations", "assessing understanding",
                "addressing equity and inclusion", "fostering independence", "promoting professional development"),
                competencies);
        assertEquals(competencies, shipped("mentee-view-of-mentor").questions().stream().map(Question::competency)
                .collect(Collectors.toSet()));
        assertEquals(Visibility.ADMINS_AGGREGATE, shipped("relationship-pulse").visibility());
    }

    @Test
    void aBrokenTemplateNamesEveryProblemByItsPath() {
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateReader.read("""
                {"key":"Bad Key","title":{"de":"Nur deutsch"},"visibility":"EVERYONE","sections":[
                  {"questions":[
                    {"id":"a","type":"LIKERT","label":"Scale","points":20},
                    {"id":"a","type":"SINGLE_CHOICE","label":"Pick","options":{"x":"Only one"}},
                    {"id":"m","type":"RATING_MATRIX","label":"Rows","points":5},
                    {"id":"z","type":"ESSAY","label":"?"}]}]}""", 1));
        assertEquals(List.of("key", "visibility", "sections[0].questions[0].points", "sections[0].questions[1].id",
                "sections[0].questions[1].options", "sections[0].questions[2].rows", "sections[0].questions[3].type",
                "title"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aLicensedInstrumentIsImportedFromCsvWithProblemsNamedByLine() {
        String good = "section,id,type,label,help,required,points,anchors,options,rows,competency\n"
                + "Skills,m1,LIKERT,Licensed item one,,yes,7,1=not at all;7=extremely,,,aligning expectations\n"
                + "Skills,m2,LIKERT,Licensed item two,,yes,7,,,,fostering independence\n"
                + "Other,o1,YES_NO,Would you continue?,,no,,,,,\n";
        Template t = TemplateReader.read(InstrumentCsv.toTemplate("licensed-mca", "Licensed instrument",
                "ADMINS_AGGREGATE", good), 1);
        assertEquals(2, t.sections().size());
        assertEquals("extremely", t.question("m1").orElseThrow().anchors().get(7));
        String bad = "section,id,type,label,help,required,points,anchors,options,rows,competency\n"
                + "Skills,m1,LIKERT,Item,,yes,70,,,,\n"
                + "Skills,m2,SINGLE_CHOICE,Pick,,yes,,,a=Only,,\n";
        ValidationException e = assertThrows(ValidationException.class, () -> InstrumentCsv.toTemplate("licensed-mca",
                "Licensed", "ADMINS_AGGREGATE", bad));
        assertEquals(List.of("line 2, points", "line 3, options"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void answersAreCheckedByTypeRangeAndRequirement() throws IOException {
        Template closing = shipped("closing-evaluation");
        Map<String, Object> answers = new HashMap<>();
        answers.put("goals", Map.of("g1", 6, "g9", 3));
        answers.put("worked", 42);
        answers.put("again", "maybe");
        answers.put("extra", "x");
        ValidationException e = assertThrows(ValidationException.class, () -> AnswerCheck.check(closing, answers,
                false));
        Map<String, String> byField = e.errors().stream().collect(Collectors.toMap(FieldError::field,
                FieldError::message));
        assertEquals(Set.of("extra", "goals", "worked", "recommend", "again"), byField.keySet());
        assertTrue(byField.get("recommend").startsWith("is required"));
        assertTrue(byField.get("again").contains("continue, end, informal"), byField.get("again"));
        assertTrue(byField.get("worked").contains("text"));
    }

    @Test
    void aDraftMayLeaveRequiredQuestionsOpenButNotBreakTheirTypes() throws IOException {
        Template pulse = shipped("relationship-pulse");
        assertDoesNotThrow(() -> AnswerCheck.check(pulse, Map.of("quality", 4), true));
        assertThrows(ValidationException.class, () -> AnswerCheck.check(pulse, Map.of("quality", 4), false));
        ValidationException range = assertThrows(ValidationException.class, () -> AnswerCheck.check(pulse,
                Map.of("quality", 6, "support", List.of("career", "career")), true));
        assertEquals(List.of("quality", "support"), range.errors().stream().map(FieldError::field).sorted().toList());
        assertDoesNotThrow(() -> AnswerCheck.check(pulse, Map.of("quality", 4, "trust", 5, "time", 3,
                "support", List.of("career", "network")), false));
    }

    @Test
    void anAggregateIsWithheldBelowKAndNeverShowsFreeText() throws IOException {
        Template pulse = shipped("relationship-pulse");
        List<Map<String, Object>> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(Map.of("quality", 4, "trust", 5, "time", 3, "change", "my mentor is always late"));
        }
        for (Aggregates.Item item : Aggregates.items(pulse, four, 5)) {
            assertNull(item.mean());
            assertTrue(item.distribution().isEmpty());
            assertTrue(item.withheld() != null, item.id());
        }
        List<Map<String, Object>> five = new ArrayList<>(four);
        five.add(Map.of("quality", 2, "trust", 5, "time", 3, "change", "more time", "support", List.of("career")));
        Map<String, Aggregates.Item> byId = Aggregates.items(pulse, five, 5).stream()
                .collect(Collectors.toMap(Aggregates.Item::id, i -> i));
        assertEquals(3.6, byId.get("quality").mean());
        assertEquals(Map.of("2", 1, "4", 4), byId.get("quality").distribution());
        assertEquals("free text is never shown in aggregates", byId.get("change").withheld());
        assertTrue(byId.get("change").distribution().isEmpty());
        assertTrue(byId.get("support").withheld() != null, "one person answered it: withheld");
    }

    @Test
    void competenciesAreAveragedOnlyOverEnoughRespondents() throws IOException {
        Template self = shipped("mentor-competency-self-assessment");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> a = new HashMap<>();
            for (Question q : self.questions()) {
                a.put(q.id(), q.competency().equals("fostering independence") ? i : 7);
            }
            answers.add(a);
        }
        Map<String, Double> means = Aggregates.competencies(self, answers, 5).stream()
                .collect(Collectors.toMap(Aggregates.Competency::name, Aggregates.Competency::mean));
        assertEquals(3.0, means.get("fostering independence"));
        assertEquals(7.0, means.get("aligning expectations"));
        assertTrue(Aggregates.competencies(self, answers.subList(0, 4), 5).stream().allMatch(c -> c.mean() == null));
    }
}
