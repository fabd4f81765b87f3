package org.tandem.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.ConflictException;
import org.tandem.model.FieldError;
import org.tandem.model.NotFoundException;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.PreconditionFailedException;
import org.tandem.rest.api.PreconditionRequiredException;
import org.tandem.rest.api.Problem;
import org.tandem.rest.internal.json.BodyTooLargeException;
import org.tandem.storage.StorageException;

class ProblemMapperTest {

    @Test
    void eachFailureHasItsStatusAndType() {
        assertEquals(404, ProblemMapper.problem(new NotFoundException("program", "x")).status);
        assertEquals(409, ProblemMapper.problem(new ConflictException("full")).status);
        assertEquals(428, ProblemMapper.problem(new PreconditionRequiredException("which?")).status);
        assertEquals(413, ProblemMapper.problem(new BodyTooLargeException(1024)).status);
        Problem stale = ProblemMapper.problem(new PreconditionFailedException(
                new StaleVersionException("program", "x", 1, 4)));
        assertEquals(412, stale.status);
        assertEquals(Long.valueOf(4), stale.currentVersion);
        assertEquals("urn:tandem:problem:stale-version", stale.type);
    }

    @Test
    void validationListsEveryFieldInTheDetail() {
        Problem p = ProblemMapper.problem(new ValidationException(List.of(new FieldError("name", "is required"),
                new FieldError("model", "must be one of ONE_TO_ONE, TEAM"))));
        assertEquals(400, p.status);
        assertEquals("2 fields need attention: name is required; model must be one of ONE_TO_ONE, TEAM.", p.detail);
        assertEquals(2, p.errors.size());
        assertEquals("One field needs attention: name is required.", ProblemMapper.problem(new ValidationException(
                List.of(new FieldError("name", "is required")))).detail);
        assertEquals("One field needs attention: q: Type at least 2 characters.", ProblemMapper.problem(
                new ValidationException(List.of(new FieldError("q", "Type at least 2 characters.")))).detail,
                "a message that is a sentence keeps one full stop");
    }

    /** Issue 19.7: titles and Tandem's own details come from the message bundles, in the reader's language. */
    @Test
    void titlesAndOwnDetailsAreInTheReadersLanguage() {
        Problem de = ProblemMapper.problem(new ValidationException(List.of(new FieldError("a", "x"),
                new FieldError("b", "y"))), java.util.Locale.GERMAN);
        assertEquals("Einige Felder brauchen Ihre Aufmerksamkeit", de.title);
        assertEquals("2 Felder brauchen Ihre Aufmerksamkeit: a x; b y.", de.detail);
        assertEquals("Nicht gefunden", ProblemMapper.problem(new NotFoundException("program", "x"),
                java.util.Locale.GERMAN).title);
        assertTrue(ProblemMapper.problem(new IllegalStateException("bug"), java.util.Locale.GERMAN).detail
                .startsWith("Die Anfrage konnte nicht ausgeführt werden (Referenz "));
        assertEquals("Not found", ProblemMapper.problem(new NotFoundException("program", "x")).title);
        assertEquals("Keine Beziehung mit der Kennung 'r1' vorhanden.", ProblemMapper.problem(
                new NotFoundException("relationship", "r1"), java.util.Locale.GERMAN).detail);
        assertEquals("No feedback form with id 'f' exists.", ProblemMapper.problem(new NotFoundException("feedback form",
                "f")).detail);
    }

    /** The domain's own checks carry a code, so the field's message is worded in the reader's language. */
    @Test
    void theDomainsFieldErrorsAreWordedInTheReadersLanguage() {
        ValidationException tooLong = assertThrows(ValidationException.class, () -> new org.tandem.model.Checks()
                .text("name", "x".repeat(12), 10, true).required("model", null).orThrow());
        Problem de = ProblemMapper.problem(tooLong, java.util.Locale.GERMAN);
        assertEquals("darf höchstens 10 Zeichen haben (es sind 12)", de.errors.get(0).message());
        assertEquals("ist erforderlich", de.errors.get(1).message());
        Problem en = ProblemMapper.problem(tooLong);
        assertEquals("must be at most 10 characters (it has 12)", en.errors.get(0).message());
        assertEquals("too-long", en.errors.get(0).code());
    }

    @Test
    void everyEnglishMessageHasItsGermanOneAndEveryPatternParses() {
        assertEquals(List.of(), ProblemMapper.TEXT.problems());
    }

    @Test
    void databaseFailuresAre503AndUnexpectedOnes500WithAReferenceButNoInternals() {
        Problem db = ProblemMapper.problem(new StorageException("Database error (SQLState 08001): secret host",
                null));
        assertEquals(503, db.status);
        assertTrue(!db.detail.contains("secret host") && db.detail.contains("reference"), db.detail);
        Problem bug = ProblemMapper.problem(new IllegalStateException("internal detail"));
        assertEquals(500, bug.status);
        assertTrue(!bug.detail.contains("internal detail") && bug.detail.contains("reference"), bug.detail);
    }

    /** A clash with a domain rule (a full mentor, a stale version) is worded by its code too. */
    @Test
    void domainConflictsAreWordedInTheReadersLanguage() {
        ConflictException full = new ConflictException("mentor-full", "Ben mentors 2 relationship(s) ...", "name", "Ben",
                "n", 2, "capacity", 2);
        assertEquals("Ben betreut 2 Beziehungen und hat im Profil eine Kapazität von 2: Erhöhen Sie die Kapazität oder"
                + " wählen Sie eine andere Mentorin oder einen anderen Mentor.", ProblemMapper.problem(full,
                java.util.Locale.GERMAN).detail);
        assertEquals("Ben mentors 2 relationships and has a capacity of 2 in their profile: raise the capacity or"
                + " choose another mentor.", ProblemMapper.problem(full).detail);
        Problem stale = ProblemMapper.problem(new org.tandem.model.StaleVersionException("program", "p", 3, 4),
                java.util.Locale.GERMAN);
        assertEquals("Jemand anderes hat dies zuerst geändert (Sie haben Fassung 3 bearbeitet, jetzt ist es Fassung 4)."
                + " Laden Sie neu und nehmen Sie Ihre Änderung noch einmal vor.", stale.detail);
    }
}
