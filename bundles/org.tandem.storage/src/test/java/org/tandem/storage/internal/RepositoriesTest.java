package org.tandem.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.model.CareerStage;
import org.tandem.model.ConflictException;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.MentoringModel;
import org.tandem.model.NotFoundException;
import org.tandem.model.PageRequest;
import org.tandem.model.Person;
import org.tandem.model.Profile;
import org.tandem.model.Program;
import org.tandem.model.Relationship;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;

/** The JDBC repositories against real Derby and real PostgreSQL, with the real migrations. */
class RepositoriesTest {
    private HikariDataSource pool;
    private JdbcProgramRepository programs;
    private JdbcPersonRepository people;
    private JdbcProfileRepository profiles;
    private JdbcRelationshipRepository relationships;

    private void open(String kind) throws Exception {
        pool = TestDatabases.open(kind);
        JdbcDatabase db = TestDatabases.migrated(kind, pool);
        programs = new JdbcProgramRepository(db);
        people = new JdbcPersonRepository(db);
        profiles = new JdbcProfileRepository(db);
        relationships = new JdbcRelationshipRepository(db);
    }

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    private Program program(MentoringModel model) {
        return programs.create(new Program(null, 0, "Postdoc cohort", "2026 intake", model, true,
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), null));
    }

    private Person person(String subject, String name) {
        return people.create(new Person(null, 0, "https://moodle.example.edu", subject, name, null, "en"));
    }

    private Profile capacity(Person p, Integer capacity) {
        return profiles.save(new Profile(p.id(), 0, CareerStage.SENIOR_FACULTY, List.of("genomics"), null, null,
                List.of("honesty"), null, List.of(), List.of("Tue 10-12"), capacity));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aMenteeWithTwoMentorsRoundTrips(String kind) throws Exception {
        open(kind);
        Program p = program(MentoringModel.TEAM);
        Person mentee = person("1", "Maya Mentee");
        Person career = person("2", "Dr Career");
        Person psych = person("3", "Dr Support");
        Relationship created = relationships.create(new Relationship(null, 0, p.id(), "Maya's team", List.of(
                new Member(mentee.id(), MemberRole.MENTEE, null),
                new Member(career.id(), MemberRole.MENTOR, MentorRole.CAREER),
                new Member(psych.id(), MemberRole.MENTOR, MentorRole.PSYCHOSOCIAL)), LocalDate.of(2026, 9, 1), null));

        Relationship loaded = relationships.find(created.id()).orElseThrow();
        assertEquals(created, loaded);
        assertEquals(2, loaded.membersWith(MemberRole.MENTOR).size());
        assertEquals(1, relationships.listByProgram(p.id(), new PageRequest(0, 10)).total());
        assertEquals(List.of(loaded), relationships.withMember(psych.id()), "with every member, not only the one asked");
        assertEquals(List.of(), relationships.withMember("no-such-person"));
        assertEquals(3, people.list(new PageRequest(0, 2)).total());
        assertEquals(2, people.findAll(List.of(mentee.id(), career.id(), "no-such-person")).size());
        assertEquals(List.of(), people.findAll(List.of()));
        assertEquals(2, people.list(new PageRequest(0, 2)).items().size());

        // members keep the order they were given, whatever the order of their ids (the key's order)
        List<Member> descending = created.members().stream()
                .sorted(java.util.Comparator.comparing(Member::personId).reversed()).toList();
        Relationship reordered = relationships.create(new Relationship(null, 0, p.id(), "by id, descending",
                descending, null, null));
        assertEquals(descending, relationships.find(reordered.id()).orElseThrow().members());
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aStaleUpdateIsRefusedAndChangesNothing(String kind) throws Exception {
        open(kind);
        Program v1 = program(MentoringModel.ONE_TO_ONE);
        Program v2 = programs.update(new Program(v1.id(), 1, "Renamed", null, v1.model(), true, null, null, null));
        assertEquals(2, v2.version());
        StaleVersionException e = assertThrows(StaleVersionException.class, () -> programs.update(
                new Program(v1.id(), 1, "Lost edit", null, v1.model(), true, null, null, null)));
        assertEquals(2, e.currentVersion());
        assertEquals("Renamed", programs.find(v1.id()).orElseThrow().name());
        assertThrows(StaleVersionException.class, () -> programs.delete(v1.id(), 1));
        Program other = programs.create(new Program(null, 0, "Elsewhere", null, MentoringModel.GROUP, true, null, null,
                "https://canvas.example.edu|1234"));
        Program moved = programs.update(new Program(other.id(), 1, "Elsewhere", null, MentoringModel.GROUP, true, null,
                null, "someone-else"));
        assertEquals("https://canvas.example.edu|1234", moved.tenant());
        assertEquals(Program.LOCAL_TENANT, programs.find(v1.id()).orElseThrow().tenant());
        assertThrows(NotFoundException.class, () -> programs.delete("no-such-id", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void mentorCapacityIsEnforced(String kind) throws Exception {
        open(kind);
        Program p = program(MentoringModel.ONE_TO_ONE);
        Person mentor = person("m", "Dr Busy");
        capacity(mentor, 1);
        Person a = person("a", "Ann");
        Person b = person("b", "Ben");
        relationships.create(pair(p, a, mentor));
        ConflictException e = assertThrows(ConflictException.class, () -> relationships.create(pair(p, b, mentor)));
        assertTrue(e.getMessage().contains("Dr Busy"), e.getMessage());
        assertEquals(1, relationships.list(new PageRequest(0, 10)).total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void profilesKeepTheirListsAndVersions(String kind) throws Exception {
        open(kind);
        Person mentor = person("m", "Dr Lists");
        Profile saved = capacity(mentor, null);
        assertEquals(1, saved.version());
        Profile loaded = profiles.find(mentor.id()).orElseThrow();
        assertEquals(saved, loaded);
        assertThrows(StaleVersionException.class, () -> capacity(mentor, 3));
        Profile withCapacity = profiles.save(new Profile(mentor.id(), 1, CareerStage.POSTDOC, List.of(), "publish",
                null, List.of(), "async", List.of("grant writing"), List.of(), 3));
        assertEquals(withCapacity, profiles.find(mentor.id()).orElseThrow());
        assertEquals(Integer.valueOf(3), profiles.find(mentor.id()).orElseThrow().mentorCapacity());
        assertThrows(NotFoundException.class, () -> profiles.save(new Profile("nobody", 0, null, List.of(), null,
                null, List.of(), null, List.of(), List.of(), 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void referencesAreCheckedBeforeAnythingIsWritten(String kind) throws Exception {
        open(kind);
        Program p = program(MentoringModel.ONE_TO_ONE);
        Person a = person("a", "Ann");
        ValidationException e = assertThrows(ValidationException.class, () -> relationships.create(
                new Relationship(null, 0, p.id(), null, List.of(new Member(a.id(), MemberRole.MENTEE, null),
                        new Member("ghost", MemberRole.MENTOR, MentorRole.CAREER)), null, null)));
        assertEquals("members[1].personId", e.errors().get(0).field());
        assertThrows(ConflictException.class, () -> person("a", "Ann again"));
        relationships.create(pair(p, a, person("m", "Dr M")));
        assertThrows(ConflictException.class, () -> programs.delete(p.id(), 1));
        assertThrows(ConflictException.class, () -> people.delete(a.id(), 1));
        assertFalse(relationships.list(new PageRequest(0, 10)).items().isEmpty());
    }

    private static Relationship pair(Program p, Person mentee, Person mentor) {
        return new Relationship(null, 0, p.id(), null, List.of(new Member(mentee.id(), MemberRole.MENTEE, null),
                new Member(mentor.id(), MemberRole.MENTOR, MentorRole.CAREER)), null, null);
    }
}
