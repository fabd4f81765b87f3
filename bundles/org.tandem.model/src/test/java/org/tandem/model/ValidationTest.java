package org.tandem.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void programNeedsNameAndModelAndReportsBoth() {
        Program p = new Program(null, 0, " ", null, null, true, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> Validation.check(p));
        assertEquals(List.of("name", "model"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void personEmailAndLocaleAreChecked() {
        Person p = new Person(null, 0, "https://moodle.example", "42", "Ada", "not-an-email", "??");
        ValidationException e = assertThrows(ValidationException.class, () -> Validation.check(p));
        assertEquals(List.of("email", "locale"), e.errors().stream().map(FieldError::field).toList());
        assertDoesNotThrow(() -> Validation.check(
                new Person(null, 0, "https://moodle.example", "42", "Ada", "ada@uni.edu", "en-GB")));
    }

    @Test
    void oneOfNamesTheAllowedValuesAndFallsBackOnlyWhenNothingIsGiven() {
        Checks checks = new Checks();
        assertEquals(MemberRole.MENTOR, checks.oneOf("role", " MENTOR ", MemberRole.class, null));
        assertEquals(MemberRole.PEER, checks.oneOf("role", null, MemberRole.class, MemberRole.PEER));
        checks.oneOf("role", "BOSS", MemberRole.class, MemberRole.PEER);
        checks.oneOf("other", "", MemberRole.class, null);
        ValidationException e = assertThrows(ValidationException.class, checks::orThrow);
        assertEquals(List.of("role", "other"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("must be one of MENTEE, MENTOR, PEER", e.errors().get(0).message());
    }

    @Test
    void aPictureIsAWebAddress() {
        Person bad = new Person(null, 0, "https://moodle.example", "42", "Ada", null, null, "javascript:alert(1)");
        ValidationException e = assertThrows(ValidationException.class, () -> Validation.check(bad));
        assertEquals(List.of("pictureUrl"), e.errors().stream().map(FieldError::field).toList());
        assertDoesNotThrow(() -> Validation.check(new Person(null, 0, "https://moodle.example", "42", "Ada", null,
                null, "https://moodle.example/pluginfile.php/5/user/icon/f1")));
    }

    @Test
    void profileCapacityAndListEntriesAreBounded() {
        Profile p = new Profile("x", 0, CareerStage.POSTDOC, List.of("ok", ""), null, null, List.of(), null,
                List.of(), List.of(), 99);
        ValidationException e = assertThrows(ValidationException.class, () -> Validation.check(p));
        assertEquals(List.of("researchAreas[1]", "mentorCapacity"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void pageRequestRejectsAnOversizeLimit() {
        ValidationException e = assertThrows(ValidationException.class, () -> new PageRequest(0, 1000));
        assertEquals("limit", e.errors().get(0).field());
    }
}
