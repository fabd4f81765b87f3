package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import javax.json.JsonObject;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.tandem.model.Member;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.CallerResolver;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.MentoringModel;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.AgreementContent;
import org.tandem.workflow.api.AgreementService;
import org.tandem.workflow.api.Condition;
import org.tandem.workflow.api.GoalStatus;
import org.tandem.workflow.api.MeetingMode;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.PlanService;
import org.tandem.workflow.api.PreparationForm;
import org.tandem.workflow.api.SmartGoal;
import org.tandem.workflow.api.TransitionRefusedException;
import org.tandem.workflow.api.WorkflowService;

/**
 * The training catalog over HTTP and through the workflow: a program requires a course of its mentors,
 * the move into Enabling names the missing course until a completion is recorded; switching the
 * catalog off removes its guard and endpoints and switching it on finds the requirement again; a
 * malformed CSV import reports every bad line and imports nothing.
 */
public abstract class CatalogBehaviour {
    private static final String ADMIN = "Bearer " + ServerOptions.ADMIN_TOKEN;
    private static final AgreementContent COMPLETE = new AgreementContent("Research independence", "See the plan",
            "Ana leads; Ben advises", 14, 45, MeetingMode.VIDEO, 48, null, null, null, "Confidential", null, null,
            null, "Talk first; no-fault ending");
    @Inject
    protected BundleContext context;
    @Inject
    protected Database database;
    @Inject
    protected ProgramRepository programs;
    @Inject
    protected PersonRepository people;
    @Inject
    protected RelationshipRepository relationships;
    @Inject
    protected WorkflowService workflow;
    @Inject
    protected AgreementService agreements;
    @Inject
    protected PlanService plans;
    @Inject
    protected ParticipantRepository participants;
    private Http api;
    private String program;

    @Before
    public void aProgram() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        api = new Http(System.getProperty("tandem.it.base")).as(ADMIN);
        Waits.settled("the catalog answers", () -> api.get("/catalog/courses").status() == 200);
        program = programs.create(new Program(null, 0, "Postdoc mentoring", null, MentoringModel.ONE_TO_ONE, true,
                null, null, null)).id();
    }

    @After
    public void catalogOn() throws Exception {
        Waits.until("the catalog is switched on", () -> api.put("/admin/features/catalog", null,
                "{\"enabled\":true}").status() == 200);
        Waits.until("the catalog runs", () -> guards() > 0);
    }

    @Test
    public void aMentorWithoutTheRequiredCourseCannotEnterEnablingUntilTheyComplete() throws Exception {
        String course = courseId("entering-mentoring");
        Http.Reply req = api.post("/programs/" + program + "/training-requirements", "{\"courseId\":\"" + course
                + "\",\"audience\":\"MENTORS\"}");
        assertEquals(req.body(), 201, req.status());
        Pair pair = readyForEnabling("Dr Ben Mentor");
        assertEquals(List.of("Dr Ben Mentor has not completed Entering Mentoring, which the program requires"
                + " before Enabling."), refusal(pair));

        Http.Reply done = api.post("/people/" + pair.mentor + "/training/completions", "{\"courseId\":\"" + course
                + "\",\"completedOn\":\"" + LocalDate.now().minusDays(3) + "\",\"evidence\":\"certificate.pdf\"}");
        assertEquals(done.body(), 201, done.status());
        assertEquals("VERIFIED", done.json().getString("status"));
        assertEquals(Phase.ENABLING, workflow.transition(pair.id, Phase.ENABLING, new Actor(pair.mentee, false), null,
                workflow.state(pair.id).version()).phase());
        JsonObject training = api.get("/people/" + pair.mentor + "/training").json();
        assertEquals(1, training.getJsonArray("completions").size());
    }

    @Test
    public void switchingTheCatalogOffLiftsItsGuardAndEndpointsAndOnBringsThemBack() throws Exception {
        String course = courseId("optimizing-the-practice-of-mentoring");
        assertEquals(201, api.post("/programs/" + program + "/training-requirements", "{\"courseId\":\"" + course
                + "\"}").status());
        Pair first = readyForEnabling("Dr Cleo Mentor");
        assertTrue(refusal(first).get(0).contains("Optimizing the Practice of Mentoring"));

        Waits.until("the catalog is switched off", () -> api.put("/admin/features/catalog", null,
                "{\"enabled\":false}").status() == 200);
        Waits.until("the guard is gone", () -> guards() == 0);
        assertEquals(404, api.get("/catalog/courses").status());
        assertEquals(404, api.get("/programs/" + program + "/training-requirements").status());
        assertEquals(Phase.ENABLING, workflow.transition(first.id, Phase.ENABLING, new Actor(first.mentee, false),
                null, workflow.state(first.id).version()).phase());

        Waits.until("the catalog is switched on", () -> api.put("/admin/features/catalog", null,
                "{\"enabled\":true}").status() == 200);
        Waits.until("the guard is back", () -> guards() > 0);
        Waits.until("its endpoints are back", () -> api.get("/catalog/courses").status() == 200);
        assertTrue("the requirement is still there", api.get("/programs/" + program + "/training-requirements")
                .body().contains(course));
        Pair second = readyForEnabling("Dr Dana Mentor");
        assertTrue(refusal(second).get(0).contains("Dr Dana Mentor has not completed"));
    }

    @Test
    public void eachPersonRecordsTheirOwnAndOnlyTheirCoordinatorVerifies() throws Exception {
        String course = courseId("entering-mentoring");
        assertEquals(201, api.post("/programs/" + program + "/training-requirements", "{\"courseId\":\"" + course
                + "\"}").status());
        Pair pair = readyForEnabling("Dr Eve Mentor");
        String coordinator = person("Carla Coordinator");
        String outsider = person("Olga Outsider");
        participants.record(new Participant(program, pair.mentor, false, false, true, false, true, "manual"));
        participants.record(new Participant(program, coordinator, true, false, false, false, true, "manual"));
        Map<String, Set<String>> administers = Map.of(coordinator, Set.of(program));
        ServiceRegistration<CallerResolver> resolver = context.registerService(CallerResolver.class, header -> {
            String who = header != null && header.startsWith("Bearer as:") ? header.substring(10) : null;
            return Optional.ofNullable(who).map(p -> new Caller(p, "local", false,
                    administers.getOrDefault(p, Set.of())));
        }, null);
        BlockingQueue<Event> announced = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> listener = context.registerService(EventHandler.class, announced::add,
                new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, "org/tandem/catalog/COMPLETED")));
        try {
            Http mentor = new Http(System.getProperty("tandem.it.base")).as("Bearer as:" + pair.mentor);
            Http other = new Http(System.getProperty("tandem.it.base")).as("Bearer as:" + outsider);
            Http carla = new Http(System.getProperty("tandem.it.base")).as("Bearer as:" + coordinator);
            String body = "{\"courseId\":\"" + course + "\",\"completedOn\":\"" + LocalDate.now() + "\"}";
            assertEquals(403, other.post("/people/" + pair.mentor + "/training/completions", body).status());
            assertEquals(403, other.get("/people/" + pair.mentor + "/training").status());
            Http.Reply own = mentor.post("/people/" + pair.mentor + "/training/completions", body);
            assertEquals(own.body(), 201, own.status());
            assertEquals("SELF_REPORTED", own.json().getString("status"));
            String id = own.json().getString("id");
            Event event = announced.poll(10, TimeUnit.SECONDS);
            assertEquals(pair.mentor, event.getProperty("personId"));
            assertEquals(List.of(program), List.of((String[]) event.getProperty("programIds")));
            String verify = "/people/" + pair.mentor + "/training/completions/" + id + "/verification";
            assertEquals(403, mentor.postEmpty(verify).status());
            assertEquals(403, other.postEmpty(verify).status());
            Http.Reply verified = carla.postEmpty(verify);
            assertEquals(verified.body(), 200, verified.status());
            assertEquals("VERIFIED", verified.json().getString("status"));
            assertEquals(coordinator, verified.json().getString("verifiedBy"));
            JsonObject status = carla.get("/people/" + pair.mentor + "/training").json();
            assertTrue(status.toString(), status.getJsonArray("due").getJsonObject(0).getBoolean("done"));
        } finally {
            resolver.unregister();
            listener.unregister();
        }
    }

    @Test
    public void aPairWithoutASignedAgreementIsSuggestedACourseOnAligningExpectations() throws Exception {
        String mentee = person("Ana Mentee");
        String mentor = person("Dr Finn Mentor");
        String id = relationships.create(new Relationship(null, 0, program, "Ana and Finn", List.of(new Member(mentee,
                MemberRole.MENTEE, null), new Member(mentor, MemberRole.MENTOR, MentorRole.CAREER)), null, null)).id();
        participants.record(new Participant(program, mentor, false, false, true, false, true, "manual"));
        Actor ana = new Actor(mentee, false);
        Actor finn = new Actor(mentor, false);
        workflow.prepare(id, ana, new PreparationForm("curiosity", "written plans", "a paper", "a lab", "grants",
                "career planning", null, null, null, 4, "shared interests"));
        workflow.prepare(id, finn, new PreparationForm(null, null, null, null, null, null, "advice", 2, "monthly", 5,
                null));
        workflow.accept(id, finn);
        workflow.transition(id, Phase.NEGOTIATING, ana, null, workflow.state(id).version());
        JsonObject training = api.get("/people/" + mentor + "/training").json();
        List<String> suggested = training.getJsonArray("suggested").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("courseTitle")).toList();
        assertTrue(suggested.toString(), suggested.contains("Entering Mentoring"));
        assertTrue(training.toString(), training.toString().contains("Ana and Finn has no signed agreement yet"));
        assertTrue("a mentee course is not suggested to a mentor", !suggested.contains("Mentoring Up"));
    }

    @Test
    public void theLmsConfirmsACompletionThroughACourseLink() throws Exception {
        try (TestLms lms = new TestLms()) {
            assertEquals(201, api.post("/admin/platforms", lms.registration("Moodle")).status());
            String custom = "https://purl.imsglobal.org/spec/lti/claim/custom";
            for (int i = 0; i < 2; i++) { // the learner opens the link twice
                Browser.Page page = Launches.page(root(), lms, "student_launch",
                        c -> c.put(custom, Map.of("tandem_completed_course", "mentoring-up")));
                assertEquals(page.body(), 200, page.status());
            }
            String sam = people.findByPlatformIdentity(lms.issuer(), "4").orElseThrow().id();
            Waits.until("the LMS's confirmation is recorded", () -> api.get("/people/" + sam + "/training").json()
                    .getJsonArray("completions").size() == 1);
            Thread.sleep(500); // a second record would arrive by now
            List<JsonObject> done = api.get("/people/" + sam + "/training").json().getJsonArray("completions")
                    .getValuesAs(JsonObject.class);
            assertEquals(1, done.size());
            assertEquals("FROM_LMS", done.get(0).getString("status"));
            assertEquals(courseId("mentoring-up"), done.get(0).getString("courseId"));

            assertEquals(200, Launches.page(root(), lms, "student_launch",
                    c -> c.put(custom, Map.of("tandem_completed_course", "no-such-course"))).status());
            Thread.sleep(500);
            assertEquals("an unknown course records nothing", 1, api.get("/people/" + sam + "/training").json()
                    .getJsonArray("completions").size());
        }
    }

    private static String root() {
        return System.getProperty("tandem.it.root");
    }

    @Test
    public void aMalformedCsvReportsEveryBadLineAndImportsNothing() {
        long before = database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM catalog_courses"));
        String csv = "key,title,provider,summary,format,durationMinutes,audience,competencies,language,cost,url,"
                + "evidence,validMonths\n"
                + "grant-writing,Grant writing for mentors,Research office,,READING,60,MENTORS,,en,,,,\n"
                + "Not A Key,,Research office,,VIDEO,,MENTORS,,,,,,\n"
                + "ethics,Research ethics,,,READING,sixty,ALL,,,,,,\n";
        Http.Reply r = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/catalog/courses/import"))
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
        assertEquals(r.body(), 400, r.status());
        List<String> fields = r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("field")).toList();
        assertEquals(List.of("line 3, key", "line 3, title", "line 3, format", "line 4, provider", "line 4, audience",
                "line 4, durationMinutes"), fields);
        assertEquals("nothing imported, not even the good line", before,
                (long) database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM catalog_courses")));
        Http.Reply good = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/catalog/courses/import"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "[{\"key\":\"grant-writing\",\"title\":\"Grant writing\",\"provider\":\"Research office\","
                                + "\"format\":\"READING\",\"audience\":\"MENTORS\",\"competencies\":[\"funding\"]}]")));
        assertEquals(good.body(), 201, good.status());
        assertTrue(api.get("/catalog/courses/export?format=csv").body().contains("grant-writing,Grant writing"));
        assertEquals(401, new Http(System.getProperty("tandem.it.base")).get("/catalog/courses").status());
    }

    // ---- helpers ----

    private record Pair(String id, String mentee, String mentor) {
    }

    /** A pair in Negotiating with everything Enabling needs but training: prepared, accepted, signed, a goal. */
    private Pair readyForEnabling(String mentorName) {
        String mentee = person("Ana Mentee");
        String mentor = person(mentorName);
        String id = relationships.create(new Relationship(null, 0, program, null, List.of(new Member(mentee,
                MemberRole.MENTEE, null), new Member(mentor, MemberRole.MENTOR, MentorRole.RESEARCH)), null, null)).id();
        Actor ana = new Actor(mentee, false);
        Actor ben = new Actor(mentor, false);
        workflow.prepare(id, ana, new PreparationForm("curiosity", "written plans", "a paper", "a lab", "grants",
                "career planning", null, null, null, 4, "shared interests"));
        workflow.prepare(id, ben, new PreparationForm(null, null, null, null, null, null, "advice", 2, "monthly", 5,
                null));
        workflow.accept(id, ben);
        workflow.transition(id, Phase.NEGOTIATING, ana, null, workflow.state(id).version());
        agreements.write(id, ana, COMPLETE, "complete", 0);
        agreements.sign(id, ana, 1);
        agreements.sign(id, ben, 1);
        plans.addGoal(id, ana, new SmartGoal(null, 0, "Submit a first-author paper", "Accepted for review", null,
                null, null, mentee, LocalDate.now().plusMonths(6), 0, GoalStatus.OPEN));
        return new Pair(id, mentee, mentor);
    }

    private List<String> refusal(Pair pair) {
        try {
            workflow.transition(pair.id, Phase.ENABLING, new Actor(pair.mentee, false), null,
                    workflow.state(pair.id).version());
            fail("Enabling should have been refused");
            return List.of();
        } catch (TransitionRefusedException e) {
            return e.unmet().stream().map(Condition::message).toList();
        }
    }

    private String person(String name) {
        return people.create(new Person(null, 0, "https://moodle.example.edu", name + System.nanoTime(), name, null,
                "en")).id();
    }

    private String courseId(String key) {
        return api.get("/catalog/courses").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals(key)).findFirst().orElseThrow().getString("id");
    }

    private int guards() {
        try {
            var refs = context.getServiceReferences("org.tandem.workflow.api.TransitionGuard", "(tandem.feature=catalog)");
            return refs == null ? 0 : refs.length;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
