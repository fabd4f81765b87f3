package org.tandem.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void everySentenceExistsInBothLanguagesAndParses() {
        assertEquals(List.of(), Texts.TEXT.problems());
        for (Category c : Category.values()) {
            assertFalse(Texts.TEXT.format(Locale.GERMAN, "category." + c.name()).isBlank());
        }
    }

    /** Every notice the code makes has a subject and a body in both languages (keys are built, not literal). */
    @Test
    void everyNoticeHasASubjectAndABodyInBothLanguages() throws Exception {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        java.util.regex.Pattern notice = java.util.regex.Pattern.compile("\"(paired|acceptance|phase|agreement\\.[a-z]+"
                + "|meeting\\.[a-z]+|feedback\\.[a-z]+|quiet(\\.coordinator)?|program\\.digest|training\\.[a-z]+)\"");
        for (String source : List.of("Reactions", "Sweeper", "Nudges")) {
            var m = notice.matcher(java.nio.file.Files.readString(java.nio.file.Path.of(
                    "src/main/java/org/tandem/notifications/internal/" + source + ".java")));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertTrue(keys.containsAll(List.of("paired", "quiet.coordinator", "program.digest", "training.required",
                "training.expiring")), keys
                .toString());
        Map<String, Object> args = Map.ofEntries(Map.entry("program", "P"), Map.entry("title", "T"),
                Map.entry("course", "C"), Map.entry("when", 0L), Map.entry("minutes", 30L), Map.entry("relationships", 2L),
                Map.entry("attention", 1L), Map.entry("participants", 4L), Map.entry("partners", "B"),
                Map.entry("form", "F"), Map.entry("reminders", 1L),
                Map.entry("expires", "2027-01-31"), Map.entry("newcomers", 0L), Map.entry("outstanding", 1L),
                Map.entry("feedback", "on"));
        for (String key : keys) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                assertFalse(Words.subject(l, key, args).isBlank(), key);
                assertFalse(Words.body(l, key, args).isBlank(), key);
            }
        }
    }

    @Test
    void pluralsFollowTheLanguage() {
        Map<String, Object> one = Map.of("organizer", "A", "title", "T", "when", 0L, "minutes", 1L);
        assertTrue(Words.body(Locale.ENGLISH, "meeting.planned", one).contains("(1 minute)"));
        assertTrue(Words.body(Locale.GERMAN, "meeting.planned", Map.of("organizer", "A", "title", "T", "when", 0L,
                "minutes", 45L)).contains("(45 Minuten)"));
        assertEquals("3 updates from Tandem", Texts.TEXT.format(Locale.ENGLISH, "digest.subject", "count", 3));
        assertEquals("1 Neuigkeit aus Tandem", Texts.TEXT.format(Locale.GERMAN, "digest.subject", "count", 1));
    }

    @Test
    void theWeeklySummarySaysWhoIsNewAndWhatIsOwedOnlyWhileFeedbackRuns() {
        Map<String, Object> args = new java.util.HashMap<>(Map.of("program", "P", "relationships", 3L, "attention", 0L,
                "participants", 7L, "newcomers", 1L, "feedback", "on", "outstanding", 2L));
        String en = Words.body(Locale.ENGLISH, "program.digest", args);
        assertTrue(en.contains("1 new since the last summary") && en.endsWith("2 feedback answers are outstanding."), en);
        args.put("feedback", "off");
        assertTrue(Words.body(Locale.ENGLISH, "program.digest", args).endsWith("1 new since the last summary."));
        args.put("feedback", "on");
        args.put("outstanding", 1L);
        String de = Words.body(Locale.GERMAN, "program.digest", args);
        assertTrue(de.endsWith("1 Rückmeldung steht aus."), de);
    }

    @Test
    void aLapsingCourseNamesTheDayInTheReadersLanguage() {
        Map<String, Object> args = Map.of("course", "C", "expires", "2027-01-31");
        assertTrue(Words.subject(Locale.ENGLISH, "training.expiring", args).endsWith("by January 31, 2027"));
        assertTrue(Words.subject(Locale.GERMAN, "training.expiring", args).contains("bis 31. Januar 2027"));
    }

    @Test
    void aPhaseChangeSaysWhatComesNextInTheReadersLanguage() {
        String de = Words.body(Locale.GERMAN, "phase", Map.of("phase", "ENABLING", "from", "NEGOTIATING", "title", "T"));
        assertTrue(de.contains("von Vereinbarung nach Begleitung"), de);
        assertTrue(de.contains("regelmäßig treffen"), de);
    }
}
