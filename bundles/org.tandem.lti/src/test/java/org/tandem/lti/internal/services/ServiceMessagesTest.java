package org.tandem.lti.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.lti.api.Gradebook.Milestone;

class ServiceMessagesTest {

    @Test
    void theNextPageComesFromTheLinkHeaderWhereverItStands() {
        assertEquals(Optional.of("https://lms/m?page=2"), Nrps.next("<https://lms/m?page=2>; rel=\"next\""));
        assertEquals(Optional.of("https://lms/m?p=3"),
                Nrps.next("<https://lms/m?p=1>; rel=\"first\", <https://lms/m?p=3>; rel=\"next\""));
        assertEquals(Optional.of("https://canvas/m?page=bookmark:x"),
                Nrps.next("<https://canvas/m?page=bookmark:x>; rel=next"));
        assertEquals(Optional.empty(), Nrps.next("<https://lms/m?since=1>; rel=\"differences\""));
    }

    @Test
    void membersAreReadWithNormalisedRolesAndStatus() {
        List<Nrps.Member> members = Nrps.parse("""
                {"id":"x","members":[
                 {"user_id":"4","roles":["Learner"],"name":"Sam","email":"s@example.edu"},
                 {"user_id":"5","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"],"status":"Inactive"},
                 {"user_id":"","roles":["Learner"]},
                 {"roles":["Learner"]}
                ]}""", "u");
        assertEquals(2, members.size(), "members without a user id are skipped");
        assertEquals(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), members.get(0).roles());
        assertTrue(members.get(0).active());
        assertEquals("s@example.edu", members.get(0).person().email());
        assertFalse(members.get(1).active());
    }

    @Test
    void aRosterThatIsNotOneIsAClearError() {
        ServiceException e = assertThrows(ServiceException.class, () -> Nrps.parse("{\"nope\":1}", "https://lms/m"));
        assertTrue(e.getMessage().contains("https://lms/m"));
        assertThrows(ServiceException.class, () -> Nrps.parse("<html>", "u"));
    }

    @Test
    void scoresGoBelowTheLineItemPathAndKeepItsQuery() {
        assertEquals("https://lms/items/2/lineitem/scores?type_id=1",
                Ags.scoresUrl("https://lms/items/2/lineitem?type_id=1"));
        assertEquals("https://canvas/api/lti/courses/1/line_items/7/scores",
                Ags.scoresUrl("https://canvas/api/lti/courses/1/line_items/7"));
        assertEquals("https://lms/items?type_id=1&tag=x", Ags.withQuery("https://lms/items?type_id=1", "tag=x"));
        assertEquals("https://lms/items?tag=x", Ags.withQuery("https://lms/items", "tag=x"));
    }

    @Test
    void aMilestoneIsCheckedWhereItIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new Milestone("Has Spaces", "x", 1));
        assertThrows(IllegalArgumentException.class, () -> new Milestone("ok", " ", 1));
        assertThrows(IllegalArgumentException.class, () -> new Milestone("ok", "x", 0));
        assertEquals("ok-1", new Milestone("ok-1", "Label", 1).tag());
    }
}
