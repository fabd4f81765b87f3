package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.json.JsonObject;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.MentoringModel;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.CallerResolver;

/**
 * The workflow's REST API over real HTTP. Who is calling comes from a {@link CallerResolver} this test
 * registers (the LTI bundle registers the real one): {@code Bearer test:<personId>}.
 */
public abstract class WorkflowApiBehaviour {
    @Inject
    protected BundleContext context;
    @Inject
    protected ProgramRepository programs;
    @Inject
    protected PersonRepository people;
    @Inject
    protected RelationshipRepository relationships;

    private ServiceRegistration<CallerResolver> resolver;
    private Http http;
    private String program;
    private String ana;
    private String ben;
    private String admin;
    private String outsider;
    private String pair;

    @Before
    public void aPairAndTheirCallers() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        program = programs.create(new Program(null, 0, "Research pairs", null, MentoringModel.ONE_TO_ONE, true,
                null, null, "test-tenant")).id();
        ana = person("Ana Mentee");
        ben = person("Dr Ben Mentor");
        admin = person("Carla Coordinator");
        outsider = person("Olga Outsider");
        pair = relationships.create(new Relationship(null, 0, program, null, List.of(
                new Member(ana, MemberRole.MENTEE, null), new Member(ben, MemberRole.MENTOR, MentorRole.RESEARCH)),
                null, null)).id();
        extraAdmins.put(admin, Set.of(program));
        resolver = context.registerService(CallerResolver.class, WorkflowApiBehaviour.this::resolve, null);
        http = new Http(System.getProperty("tandem.it.base"));
        Waits.settled("the workflow API answers", () -> http.get("/relationships/" + pair + "/workflow").status() == 401);
    }

    /**
     * {@code Bearer test:<personId>}: a session of this test's tenant. {@code Bearer other:<personId>}: a
     * tenant administrator of another institution.
     */
    private Optional<Caller> resolve(String header) {
        if (header.startsWith("Bearer test:")) {
            String person = header.substring("Bearer test:".length());
            return Optional.of(new Caller(person, "test-tenant", false, extraAdmins.getOrDefault(person, Set.of())));
        }
        if (header.startsWith("Bearer other:")) {
            return Optional.of(new Caller(header.substring("Bearer other:".length()), "other-tenant", true, Set.of()));
        }
        return Optional.empty();
    }

    @After
    public void unregister() {
        if (resolver != null) {
            resolver.unregister();
        }
    }

    private String person(String name) {
        return people.create(new Person(null, 0, "https://moodle.example.edu", name + System.nanoTime(), name, null,
                "en")).id();
    }

    private Http as(String personId) {
        return http.as("Bearer test:" + personId);
    }

    private String path(String rest) {
        return "/relationships/" + pair + rest;
    }

    private static List<String> reasons(Http.Reply r) {
        ModelApiBehaviour.expectProblem(r, 409, "conflict", null);
        return r.json().getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code")).toList();
    }

    private static void ok(Http.Reply r, int status) {
        assertEquals(r.body(), status, r.status());
    }

    @Test
    public void withoutASessionOrAsAnOutsiderNothingIsShown() {
        ModelApiBehaviour.expectProblem(http.get(path("/workflow")), 401, "not-signed-in", null);
        ModelApiBehaviour.expectProblem(http.get("/relationships/no-such-id/workflow"), 401, "not-signed-in", null);
        ModelApiBehaviour.expectProblem(http.get("/relationships/no-such-id/meetings"), 401, "not-signed-in", null);
        ModelApiBehaviour.expectProblem(http.as("Bearer forged").get(path("/workflow")), 401, "not-signed-in", null);
        ModelApiBehaviour.expectProblem(as(outsider).get(path("/workflow")), 403, "forbidden", null);
        ModelApiBehaviour.expectProblem(as(outsider).get(path("/meetings")), 403, "forbidden", null);
        ModelApiBehaviour.expectProblem(as(ana).get("/programs/" + program + "/health"), 403, "forbidden", null);
        ModelApiBehaviour.expectProblem(as(outsider).post(path("/workflow/transitions"),
                "{\"to\":\"NEGOTIATING\",\"version\":0}"), 403, "forbidden", null);
    }

    @Test
    public void aPairGoesFromPreparingToClosedOverHttp() {
        JsonObject start = as(ana).get(path("/workflow")).json();
        assertEquals("PREPARING", start.getString("phase"));
        assertEquals(List.of("preparation-missing", "preparation-missing", "acceptance-missing"),
                start.getJsonArray("next").getJsonObject(0).getJsonArray("unmet").getValuesAs(JsonObject.class)
                        .stream().map(o -> o.getString("code")).toList());
        assertEquals(List.of("preparation-missing", "preparation-missing", "acceptance-missing"),
                reasons(as(ana).post(path("/workflow/transitions"), "{\"to\":\"NEGOTIATING\",\"version\":0}")));

        ok(as(ana).put(path("/preparation/me"), null, "{\"shortTermGoals\":\"Publish\",\"longTermGoals\":\"Own lab\","
                + "\"objectives\":\"Plan my career\",\"fitRating\":4}"), 204);
        ok(as(ben).put(path("/preparation/me"), null, "{\"offers\":\"Research advice\",\"capacity\":2}"), 204);
        ok(as(ben).postEmpty(path("/preparation/acceptance")), 204);
        assertEquals("Publish", as(ben).get(path("/preparation/" + ana)).json().getString("shortTermGoals"));
        ok(as(ana).post(path("/workflow/transitions"), "{\"to\":\"NEGOTIATING\",\"version\":0}"), 200);
        assertEquals(List.of("illegal-transition"),
                reasons(as(ana).post(path("/workflow/transitions"), "{\"to\":\"CLOSED\",\"version\":1}")));

        String content = "{\"purpose\":\"Research independence\",\"goals\":\"See the plan\",\"roles\":\"Ana leads\","
                + "\"meetingEveryDays\":14,\"meetingMinutes\":45,\"meetingMode\":\"VIDEO\",\"confidentiality\":\"Ours\","
                + "\"problemResolution\":\"Talk first\"}";
        ok(as(ana).put(path("/agreement"), null, "{\"content\":" + content + ",\"revision\":0}"), 200);
        ok(as(ana).post(path("/agreement/signatures"), "{\"revision\":1}"), 200);
        ok(as(ben).post(path("/agreement/signatures"), "{\"revision\":1}"), 200);
        ok(as(ana).put(path("/plan"), "\"0\"", "{\"selfAssessment\":\"Strong in statistics\",\"shortTermGoals\":"
                + "\"Publish\",\"longTermGoals\":\"Own lab\"}"), 200);
        ok(as(ben).put(path("/plan"), "\"1\"", "{\"selfAssessment\":\"overwritten?\",\"mentorComments\":"
                + "\"Aim for a methods journal\"}"), 200);
        JsonObject plan = as(ana).get(path("/plan")).json();
        assertEquals("Strong in statistics", plan.getString("selfAssessment"));
        assertEquals("Aim for a methods journal", plan.getString("mentorComments"));
        ModelApiBehaviour.expectProblem(as(ana).put(path("/plan"), "\"1\"", "{\"selfAssessment\":\"late\"}"),
                412, "stale-version", null);
        Http.Reply goal = as(ana).post(path("/goals"), "{\"title\":\"Submit a paper\",\"measure\":\"Under review\","
                + "\"ownerId\":\"" + ana + "\",\"dueOn\":\"2027-06-30\",\"progress\":10}");
        ok(goal, 201);
        Http.Reply enabling = as(ben).send(java.net.http.HttpRequest.newBuilder(http.uri(path("/workflow/transitions")))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"to\":\"ENABLING\"}")));
        ok(enabling, 200);
        assertEquals("\"2\"", enabling.etag());

        JsonObject amended = as(ben).put(path("/agreement"), null, "{\"content\":" + content.replace("14", "21")
                + ",\"changeNote\":\"every three weeks\",\"revision\":1}").json();
        assertEquals(2, amended.getInt("revision"));
        assertTrue(amended.getJsonArray("signedBy").isEmpty());

        Http.Reply meeting = as(ben).post(path("/meetings"), "{\"startsAt\":\"2026-10-01T14:00:00Z\",\"minutes\":45,"
                + "\"status\":\"HELD\",\"sharedNotes\":\"Outline agreed\"}");
        ok(meeting, 201);
        String meetingId = meeting.json().getString("id");
        ok(as(ana).put(path("/meetings/" + meetingId + "/private-note"), null, "{\"note\":\"Nervous\"}"), 204);
        assertEquals("Nervous", as(ana).get(path("/meetings/" + meetingId + "/private-note")).json().getString("note"));
        ModelApiBehaviour.expectProblem(as(ben).get(path("/meetings/" + meetingId + "/private-note")), 404,
                "not-found", null);
        ModelApiBehaviour.expectProblem(as(admin).get(path("/meetings/" + meetingId + "/private-note")), 403,
                "forbidden", null);
        ModelApiBehaviour.expectProblem(as(admin).get(path("/agreement")), 403, "forbidden", null);
        assertEquals("ENABLING", as(admin).get(path("/workflow")).json().getString("phase"));

        ok(as(ana).post(path("/workflow/transitions"), "{\"to\":\"CLOSING\",\"reason\":\"Paper submitted\","
                + "\"version\":2}"), 200);
        ok(as(ana).put(path("/reflections/me"), null, "{\"reflection\":\"I grew a lot\",\"wouldRecommend\":true}"), 204);
        ok(as(ben).put(path("/reflections/me"), null, "{\"reflection\":\"Rewarding\"}"), 204);
        JsonObject g = goal.json();
        ok(as(ana).put(path("/goals/" + g.getString("id")), "\"1\"", "{\"title\":\"Submit a paper\",\"measure\":"
                + "\"Under review\",\"ownerId\":\"" + ana + "\",\"dueOn\":\"2027-06-30\",\"progress\":100,"
                + "\"status\":\"ACHIEVED\"}"), 200);
        JsonObject closed = as(ben).post(path("/workflow/transitions"), "{\"to\":\"CLOSED\",\"version\":3}").json();
        assertEquals("CLOSED", closed.getString("phase"));
        assertEquals(4, closed.getJsonArray("history").size());
        Http.Reply programHealth = as(admin).get("/programs/" + program + "/health");
        ok(programHealth, 200);
        assertTrue(programHealth.body(), programHealth.body().contains("\"phase\":\"CLOSED\""));
    }

    /**
     * Each role against each resource. A program administrator sees the phase, history and health, never
     * the members' own work; an administrator of another program sees nothing.
     */
    @Test
    public void eachRoleSeesExactlyWhatItMay() {
        String meetingId = inEnablingWithAMeeting();
        String otherAdmin = person("Other Program Admin");
        registerAdmin(otherAdmin, "another-program");
        Map<String, Integer> memberOnly = Map.of("anonymous", 401, "outsider", 403, "otherAdmin", 403,
                "admin", 403, "ana", 200, "ben", 200);
        Map<String, Integer> memberOrAdmin = Map.of("anonymous", 401, "outsider", 403, "otherAdmin", 403,
                "admin", 200, "ana", 200, "ben", 200);
        Map<String, Map<String, Integer>> expected = new java.util.LinkedHashMap<>();
        expected.put(path("/workflow"), memberOrAdmin);
        expected.put(path("/workflow/health"), memberOrAdmin);
        expected.put(path("/preparation/" + ana), memberOnly);
        expected.put(path("/agreement"), memberOnly);
        expected.put(path("/agreement/history"), memberOnly);
        expected.put(path("/goals"), memberOnly);
        expected.put(path("/plan"), memberOnly);
        expected.put(path("/meetings"), memberOnly);
        expected.put(path("/challenges"), memberOnly);
        expected.put(path("/reflections"), memberOnly);
        expected.put(path("/meetings/" + meetingId + "/private-note"), Map.of("anonymous", 401, "outsider", 403,
                "otherAdmin", 403, "admin", 403, "ana", 200, "ben", 404));
        expected.put("/programs/" + program + "/health", Map.of("anonymous", 401, "outsider", 403,
                "otherAdmin", 403, "admin", 200, "ana", 403, "ben", 403));
        expected.put("/programs/" + program + "/activity", Map.of("anonymous", 401, "outsider", 403,
                "otherAdmin", 403, "admin", 200, "ana", 403, "ben", 403));
        Map<String, Http> roles = Map.of("anonymous", http, "outsider", as(outsider), "otherAdmin", as(otherAdmin),
                "admin", as(admin), "ana", as(ana), "ben", as(ben));
        List<String> wrong = new java.util.ArrayList<>();
        expected.forEach((resource, byRole) -> byRole.forEach((role, status) -> {
            int got = roles.get(role).get(resource).status();
            if (got != status) {
                wrong.add(role + " GET " + resource + ": expected " + status + ", got " + got);
            }
        }));
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
        JsonObject activity = as(admin).get("/programs/" + program + "/activity").json();
        assertTrue(activity.toString(), activity.getJsonArray("phases").stream().anyMatch(p -> p.asJsonObject()
                .getString("phase").equals("ENABLING") && p.asJsonObject().getInt("relationships") == 1));
        assertEquals("counts only, no notes", Set.of("relationshipId", "month", "held"),
                activity.getJsonArray("meetings").getJsonObject(0).keySet());
        ModelApiBehaviour.expectProblem(as(admin).put(path("/meetings/" + meetingId + "/private-note"), null,
                "{\"note\":\"admin note\"}"), 403, "forbidden", null);
        ModelApiBehaviour.expectProblem(as(admin).post(path("/goals"), "{\"title\":\"x\"}"), 403, "forbidden", null);
        ModelApiBehaviour.expectProblem(as(ana).postEmpty(path("/preparation/acceptance")), 403, "forbidden", null);
        ModelApiBehaviour.expectProblem(as(ben).postEmpty(path("/preparation/acceptance")), 409, "conflict", null);
    }

    private final Map<String, Set<String>> extraAdmins = new java.util.concurrent.ConcurrentHashMap<>();

    private void registerAdmin(String personId, String programId) {
        extraAdmins.put(personId, Set.of(programId));
    }

    /** Brings the pair to Enabling with one held meeting (Ana keeps a private note on it); its id. */
    private String inEnablingWithAMeeting() {
        ok(as(ana).put(path("/preparation/me"), null, "{\"shortTermGoals\":\"Publish\",\"longTermGoals\":\"Lab\","
                + "\"objectives\":\"Plan\"}"), 204);
        ok(as(ben).put(path("/preparation/me"), null, "{\"offers\":\"Advice\"}"), 204);
        ok(as(ben).postEmpty(path("/preparation/acceptance")), 204);
        ok(as(ana).post(path("/workflow/transitions"), "{\"to\":\"NEGOTIATING\",\"version\":0}"), 200);
        ok(as(ana).put(path("/agreement"), null, "{\"content\":" + CONTENT + ",\"revision\":0}"), 200);
        ok(as(ana).post(path("/agreement/signatures"), "{\"revision\":1}"), 200);
        ok(as(ben).post(path("/agreement/signatures"), "{\"revision\":1}"), 200);
        ok(as(ana).post(path("/goals"), "{\"title\":\"Submit a paper\",\"measure\":\"Under review\",\"ownerId\":\""
                + ana + "\",\"dueOn\":\"2027-06-30\"}"), 201);
        ok(as(ben).post(path("/workflow/transitions"), "{\"to\":\"ENABLING\",\"version\":1}"), 200);
        Http.Reply meeting = as(ben).post(path("/meetings"), "{\"startsAt\":\"2026-10-01T14:00:00Z\",\"minutes\":45,"
                + "\"status\":\"HELD\"}");
        ok(meeting, 201);
        String id = meeting.json().getString("id");
        ok(as(ana).put(path("/meetings/" + id + "/private-note"), null, "{\"note\":\"Mine alone\"}"), 204);
        return id;
    }

    private static final String CONTENT = "{\"purpose\":\"Research independence\",\"goals\":\"See the plan\","
            + "\"roles\":\"Ana leads\",\"meetingEveryDays\":14,\"meetingMinutes\":45,\"meetingMode\":\"VIDEO\","
            + "\"confidentiality\":\"Ours\",\"problemResolution\":\"Talk first\"}";

    @Test
    public void aTeamStartsANextIterationAndIsClosedByItsAdministratorOverHttp() {
        String maya = person("Maya Okafor");
        String lena = person("Dr Lena Fischer");
        String tomas = person("Dr Tomás Ruiz");
        Program teams = programs.create(new Program(null, 0, "Faculty teams", null, MentoringModel.TEAM, true, null,
                null, "test-tenant"));
        extraAdmins.put(admin, Set.of(program, teams.id()));
        String team = relationships.create(new Relationship(null, 0, teams.id(), "Maya's team", List.of(
                new Member(maya, MemberRole.MENTEE, null), new Member(lena, MemberRole.MENTOR, MentorRole.CAREER),
                new Member(tomas, MemberRole.MENTOR, MentorRole.PSYCHOSOCIAL)), null, null)).id();
        String at = "/relationships/" + team;
        List<String> members = List.of(maya, lena, tomas);
        ok(as(maya).put(at + "/preparation/me", null, "{\"shortTermGoals\":\"Tenure file\",\"longTermGoals\":"
                + "\"Full professor\",\"objectives\":\"Grow my network\"}"), 204);
        for (String mentor : List.of(lena, tomas)) {
            ok(as(mentor).put(at + "/preparation/me", null, "{\"offers\":\"Time and advice\"}"), 204);
            ok(as(mentor).postEmpty(at + "/preparation/acceptance"), 204);
        }
        ok(as(lena).post(at + "/workflow/transitions", "{\"to\":\"NEGOTIATING\",\"version\":0}"), 200);
        signAgreement(at, members, 0);
        ok(as(maya).put(at + "/plan", "\"0\"", "{\"selfAssessment\":\"Good teacher, slow writer\"}"), 200);
        ok(as(maya).post(at + "/goals", "{\"title\":\"Submit the tenure file\",\"measure\":\"Filed\",\"ownerId\":\""
                + maya + "\",\"dueOn\":\"2027-09-30\"}"), 201);
        ok(as(maya).post(at + "/workflow/transitions", "{\"to\":\"ENABLING\",\"version\":1}"), 200);
        signAgreement(at, members, 1);
        ok(as(tomas).post(at + "/workflow/transitions", "{\"to\":\"CLOSING\",\"reason\":\"Year one done\","
                + "\"version\":2}"), 200);
        for (String m : members) {
            ok(as(m).put(at + "/reflections/me", null, "{\"reflection\":\"A good first year\"}"), 204);
        }
        JsonObject second = as(maya).post(at + "/workflow/transitions", "{\"to\":\"NEGOTIATING\",\"reason\":"
                + "\"Second year\",\"version\":3}").json();
        assertEquals(2, second.getInt("iteration"));
        Http.Reply carried = as(lena).get(at + "/goals");
        ok(carried, 200);
        assertTrue("the open goal carries into the next iteration: " + carried.body(),
                carried.body().contains("Submit the tenure file"));
        ModelApiBehaviour.expectProblem(as(maya).get(at + "/agreement"), 404, "not-found", null);
        assertEquals("Good teacher, slow writer", as(tomas).get(at + "/plan").json().getString("selfAssessment"));
        signAgreement(at, members, 0);
        ok(as(maya).post(at + "/workflow/transitions", "{\"to\":\"ENABLING\",\"version\":4}"), 200);
        ok(as(lena).post(at + "/workflow/transitions", "{\"to\":\"CLOSING\",\"reason\":\"Mentor moves away\","
                + "\"version\":5}"), 200);
        assertEquals(List.of("reason-missing"), reasons(as(admin).post(at + "/workflow/transitions",
                "{\"to\":\"CLOSED\",\"version\":6}")));
        JsonObject closed = as(admin).post(at + "/workflow/transitions", "{\"to\":\"CLOSED\",\"reason\":"
                + "\"Program year ended\",\"version\":6}").json();
        assertEquals("CLOSED", closed.getString("phase"));
        assertEquals(7, closed.getJsonArray("history").size());
        assertTrue(closed.getJsonArray("history").getJsonObject(6).getBoolean("byAdmin"));
    }

    /** Writes the next agreement revision (after {@code edited}) and has every member sign it. */
    private void signAgreement(String at, List<String> members, int edited) {
        Http.Reply written = as(members.get(0)).put(at + "/agreement", null, "{\"content\":" + CONTENT
                + ",\"revision\":" + edited + "}");
        ok(written, 200);
        int revision = written.json().getInt("revision");
        for (String m : members) {
            ok(as(m).post(at + "/agreement/signatures", "{\"revision\":" + revision + "}"), 200);
        }
    }

    @Test
    public void anotherTenantFindsNothingNotEvenThatItExists() {
        inEnablingWithAMeeting();
        Http otherAdmin = http.as("Bearer other:" + person("Admin at another university"));
        Http anaElsewhere = http.as("Bearer other:" + ana);
        for (Http other : List.of(otherAdmin, anaElsewhere)) {
            for (String resource : List.of("/workflow", "/workflow/health", "/agreement", "/plan", "/goals",
                    "/meetings", "/challenges", "/reflections", "/preparation/" + ana)) {
                ModelApiBehaviour.expectProblem(other.get(path(resource)), 404, "not-found", null);
            }
            ModelApiBehaviour.expectProblem(other.post(path("/workflow/transitions"),
                    "{\"to\":\"CLOSING\",\"reason\":\"takeover\",\"version\":2}"), 404, "not-found", null);
            ModelApiBehaviour.expectProblem(other.get("/programs/" + program + "/health"), 404, "not-found", null);
        }
        assertEquals("ENABLING", as(ana).get(path("/workflow")).json().getString("phase"));
    }

    @Test
    public void badRequestsNameTheFieldAndStaleVersionsAre412() {
        ModelApiBehaviour.expectProblem(as(ana).post(path("/workflow/transitions"), "{\"to\":\"SOMEWHERE\"}"), 400,
                "validation", "to");
        ModelApiBehaviour.expectProblem(as(ana).post(path("/workflow/transitions"), "{\"to\":\"NEGOTIATING\"}"), 428,
                "version-required", null);
        ModelApiBehaviour.expectProblem(as(ana).put(path("/preparation/me"), null, "{\"objectives\":\"x\"}"), 400,
                "validation", "shortTermGoals");
        Http.Reply stale = as(ana).send(java.net.http.HttpRequest.newBuilder(http.uri(path("/workflow/transitions")))
                .header("Content-Type", "application/json").header("If-Match", "\"7\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"to\":\"NEGOTIATING\"}")));
        ModelApiBehaviour.expectProblem(stale, 412, "stale-version", null);
        ModelApiBehaviour.expectProblem(as(ana).get("/relationships/nope/workflow"), 404, "not-found", null);
    }
}
