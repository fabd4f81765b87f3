package org.tandem.lti.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each row of the role table in lti-security.md. */
class RoleMappingTest {
    private static Set<ToolRole> map(String... roles) {
        return RoleMapping.map(Roles.normalise(List.of(roles)), Map.of(), false);
    }

    @Test
    void lmsAdministratorsAdministerTheTenantNeverFromACourseRole() {
        assertEquals(Set.of(ToolRole.TENANT_ADMIN), map(RoleMapping.INSTITUTION_ADMIN));
        assertEquals(Set.of(ToolRole.TENANT_ADMIN), map(RoleMapping.SYS_ADMIN));
        assertEquals(Set.of(ToolRole.PROGRAM_COORDINATOR), map("Instructor"));
    }

    @Test
    void aTeachingAssistantIsAMentorCandidateEvenWhenAlsoSentAsInstructor() {
        assertEquals(Set.of(ToolRole.MENTOR_CANDIDATE), map(RoleMapping.INSTRUCTOR, RoleMapping.TEACHING_ASSISTANT));
    }

    @Test
    void canvasObserversCalledMentorNeverBecomeMentors() {
        assertEquals(Set.of(), map("Mentor"));
        assertEquals(Set.of(), map("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"));
        assertEquals(Set.of(ToolRole.MENTEE), map("Learner", "Mentor"));
    }

    /** Issue 19.3: outside Canvas, the LIS role Mentor is a course's mentor. */
    @Test
    void theMentorRoleMakesAMentorCandidateWhereItDoesNotMeanObserver() {
        List<String> mentor = Roles.normalise(List.of("Mentor"));
        assertEquals(Set.of(ToolRole.MENTOR_CANDIDATE), RoleMapping.map(mentor, Map.of(), false, false));
        assertEquals(Set.of(), RoleMapping.map(mentor, Map.of(), false, true));
        assertEquals(true, RoleMapping.mentorMeansObserver("https://canvas.instructure.com"));
        assertEquals(true, RoleMapping.mentorMeansObserver("https://canvas.test.instructure.com"));
        assertEquals(false, RoleMapping.mentorMeansObserver("https://moodle.uni.edu"));
        assertEquals(false, RoleMapping.mentorMeansObserver("https://instructure.com.evil.example"));
        assertEquals("Mentor, Learner, http://example.edu/roles#Dean", RoleMapping.shown(List.of(RoleMapping.MENTOR,
                RoleMapping.LEARNER, "http://example.edu/roles#Dean")));
    }

    @Test
    void studentsAreMenteesAndTestAccountsAreMarked() {
        assertEquals(Set.of(ToolRole.MENTEE), map(RoleMapping.STUDENT));
        assertEquals(Set.of(ToolRole.MENTEE, ToolRole.TEST_USER), map("Learner", RoleMapping.TEST_USER));
    }

    @Test
    void unknownAndEmptyRolesGiveNothing() {
        assertEquals(Set.of(), map("", "http://example.edu/roles#Dean"));
    }

    @Test
    void designersCoordinateOnlyWhereTheProgramAllowsAndLinksMaySeedMentors() {
        assertEquals(Set.of(), map("ContentDeveloper"));
        assertEquals(Set.of(ToolRole.PROGRAM_COORDINATOR), RoleMapping.map(
                Roles.normalise(List.of("ContentDeveloper")), Map.of(), true));
        assertEquals(Set.of(ToolRole.MENTEE, ToolRole.MENTOR_CANDIDATE), RoleMapping.map(
                Roles.normalise(List.of("Learner")), Map.of(RoleMapping.CUSTOM_ROLE, "mentor"), false));
    }

    @Test
    void theMoodleTeacherAndStudentSamplesMapAsExpected() throws Exception {
        Map<String, Object> teacher = TestPlatform.claims("teacher_launch", java.time.Instant.now());
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) teacher.get(LtiClaims.ROLES);
        assertEquals(Set.of(ToolRole.PROGRAM_COORDINATOR), RoleMapping.map(Roles.normalise(roles), Map.of(), false));
    }
}
