package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import javax.json.JsonObject;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.MentoringModel;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.CallerResolver;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.PreparationForm;
import org.tandem.workflow.api.WorkflowService;

/**
 * Feedback forms over HTTP: a pulse scheduled by the match, answered by a mentee and two mentors,
 * reminders for whoever has not answered, results shown only once k answered; and every
 * confidentiality rule tried by someone it must stop (the tests run with k = 3).
 */
public abstract class FeedbackBehaviour {
    private static final String ADMIN = "Bearer " + ServerOptions.ADMIN_TOKEN;
    private static final String PULSE = "{\"answers\":{\"quality\":%d,\"trust\":4,\"time\":3,\"support\":[\"career\"],"
            + "\"change\":\"%s\"}}";
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
    protected ParticipantRepository participants;
    private final List<Event> reminders = new CopyOnWriteArrayList<>();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private Http admin;
    private String program;
    private String coordinator;
    private String maya;
    private String lena;
    private String tomas;
    private String team;

    @Before
    public void aTeamInAProgramWithAPulseSchedule() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        admin = api(ADMIN);
        Waits.settled("the feedback API answers", () -> admin.get("/feedback/templates").status() == 200);
        program = programs.create(new Program(null, 0, "Faculty mentoring", null, MentoringModel.TEAM, true, null,
                null, null)).id();
        coordinator = person("Carla Coordinator");
        maya = person("Maya Mentee");
        lena = person("Dr Lena Mentor");
        tomas = person("Dr Tomás Mentor");
        team = relationships.create(new Relationship(null, 0, program, "Maya's team", List.of(new Member(maya,
                MemberRole.MENTEE, null), new Member(lena, MemberRole.MENTOR, MentorRole.CAREER), new Member(tomas,
                MemberRole.MENTOR, MentorRole.PSYCHOSOCIAL)), null, null)).id();
        registrations.add(context.registerService(CallerResolver.class, header -> Optional.ofNullable(
                header != null && header.startsWith("Bearer as:") ? header.substring(10) : null).map(p -> new Caller(p,
                "local", false, p.equals(coordinator) ? Set.of(program) : Set.of())), null));
        registrations.add(context.registerService(EventHandler.class, reminders::add, new Hashtable<>(Map.of(
                EventConstants.EVENT_TOPIC, "org/tandem/feedback/REMINDER"))));
    }

    @After
    public void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    @Test
    public void thePulseIsSentAtTheMatchRemindsTheMissingOneAndShowsResultsOnlyAtK() throws Exception {
        Http carla = api("Bearer as:" + coordinator);
        Http.Reply schedule = carla.post("/programs/" + program + "/feedback/schedules", "{\"templateKey\":"
                + "\"relationship-pulse\",\"trigger\":\"MATCHED\",\"answerWithinDays\":30,\"recipients\":\"ALL\"}");
        assertEquals(schedule.body(), 201, schedule.status());
        match();
        String form = waitForForm(maya);
        assertEquals(form, waitForForm(tomas));

        String results = "/programs/" + program + "/feedback/results?template=relationship-pulse";
        assertEquals(200, api("Bearer as:" + maya).post("/feedback/forms/" + form + "/response",
                String.format(PULSE, 4, "more time together")).status());
        assertEquals(200, api("Bearer as:" + lena).post("/feedback/forms/" + form + "/response",
                String.format(PULSE, 5, "all good")).status());
        JsonObject two = carla.get(results).json();
        assertEquals(2, two.getInt("respondents"));
        JsonObject quality = question(two, "quality");
        assertTrue("withheld below k", quality.getJsonObject("distribution").isEmpty());
        assertTrue("no mean below k", !quality.containsKey("mean") || quality.isNull("mean"));

        Waits.until("the one who has not answered is reminded", () -> reminders.stream()
                .anyMatch(e -> tomas.equals(e.getProperty("personId"))));
        Thread.sleep(1500);
        assertTrue("those who answered are not reminded after answering", reminders.stream().noneMatch(e ->
                maya.equals(e.getProperty("personId")) && (int) e.getProperty("reminders") > 3));

        assertEquals(200, api("Bearer as:" + tomas).post("/feedback/forms/" + form + "/response",
                String.format(PULSE, 3, "I am always late, sorry")).status());
        JsonObject three = carla.get(results).json();
        assertEquals(4.0, question(three, "quality").getJsonNumber("mean").doubleValue(), 0.001);
        assertEquals("free text never appears in results", "free text is never shown in aggregates",
                question(three, "change").getString("withheld"));
        assertEquals(java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString(), three.getJsonArray("byMonth")
                .getJsonObject(0).getString("month"));
        String csv = carla.get(results + "&format=csv").body();
        assertTrue(csv, csv.contains("quality"));
        assertFalse("no answer text in the export", csv.contains("always late") || csv.contains("more time"));
    }

    @Test
    public void aDelayedScheduleWaitsInTheDatabaseAndSendsWhenDue() throws Exception {
        assertEquals(201, api("Bearer as:" + coordinator).post("/programs/" + program + "/feedback/schedules",
                "{\"templateKey\":\"relationship-pulse\",\"trigger\":\"MATCHED\",\"delayDays\":30,"
                        + "\"repeatDays\":60,\"recipients\":\"MENTEE\"}").status());
        match();
        Thread.sleep(1500);
        assertTrue("nothing is sent before it is due", api("Bearer as:" + maya).get("/feedback/forms").jsonArray()
                .isEmpty());
        assertEquals(1L, count("feedback_due WHERE relationship_id = '" + team + "'"));
        database.inTransaction(c -> Sql.update(c, "UPDATE feedback_due SET due_at = ? WHERE relationship_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), team)); // as if 30 days passed
        waitForForm(maya);
        assertTrue("a mentor is not asked", api("Bearer as:" + lena).get("/feedback/forms").jsonArray().isEmpty());
        Waits.until("the repeat is due in 60 days", () -> database.inTransaction(c -> Sql.one(c, "SELECT due_at FROM"
                + " feedback_due WHERE relationship_id = ?", rs -> rs.getTimestamp(1).toInstant(), team))
                .map(at -> at.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(59)))).orElse(false));
    }

    @Test
    public void noOneReadsAnAggregateOnlyAnswerOfSomeoneElse() throws Exception {
        String form = sendNow("relationship-pulse", "ALL");
        assertEquals(200, api("Bearer as:" + maya).post("/feedback/forms/" + form + "/response",
                String.format(PULSE, 2, "I feel stuck")).status());
        for (String reader : List.of(lena, tomas, coordinator)) {
            assertTrue(reader, api("Bearer as:" + reader).get("/feedback/forms/" + form + "/responses").jsonArray()
                    .isEmpty());
        }
        assertEquals("the admin token reads no one's answers", 403, admin.get("/feedback/forms/" + form
                + "/responses").status());
        assertEquals(1, api("Bearer as:" + maya).get("/feedback/forms/" + form + "/responses").jsonArray().size());
        Http.Reply results = api("Bearer as:" + coordinator).get("/programs/" + program
                + "/feedback/results?template=relationship-pulse");
        assertFalse(results.body(), results.body().contains("stuck"));
        assertEquals(403, api("Bearer as:" + maya).get("/programs/" + program
                + "/feedback/results?template=relationship-pulse").status());
    }

    @Test
    public void counterpartFeedbackReachesTheOtherSideOnly() throws Exception {
        String form = sendNow("meeting-check-in", "ALL");
        String answer = "{\"answers\":{\"useful\":4,\"next\":\"%s\"}}";
        assertEquals(200, api("Bearer as:" + maya).post("/feedback/forms/" + form + "/response",
                String.format(answer, "shorter agendas")).status());
        assertEquals(200, api("Bearer as:" + lena).post("/feedback/forms/" + form + "/response",
                String.format(answer, "bring the draft")).status());
        List<String> lenaReads = authors(lena, form);
        assertEquals("a mentor reads the mentee's and their own", Set.of(maya, lena), Set.copyOf(lenaReads));
        assertEquals("the other mentor reads the mentee's, not Lena's", List.of(maya), authors(tomas, form));
        assertEquals(Set.of(maya, lena), Set.copyOf(authors(maya, form)));
        assertTrue(authors(coordinator, form).isEmpty());
        JsonObject lenaView = api("Bearer as:" + lena).get("/relationships/" + team + "/feedback").jsonArray()
                .getJsonObject(0);
        assertEquals(2, lenaView.getJsonArray("responses").size());
        JsonObject carlaView = api("Bearer as:" + coordinator).get("/relationships/" + team + "/feedback").jsonArray()
                .getJsonObject(0);
        assertEquals("the coordinator sees who answered", 2, carlaView.getJsonArray("answeredBy").size());
        assertFalse("and never what", carlaView.containsKey("responses"));
        assertEquals(403, api("Bearer as:" + person("Olga Outsider")).get("/relationships/" + team + "/feedback")
                .status());
        assertEquals("no program results for a counterpart form", 403, api("Bearer as:" + coordinator).get(
                "/programs/" + program + "/feedback/results?template=meeting-check-in").status());
    }

    @Test
    public void aBadSubmissionIsRefusedAndStoresNothingWhileADraftIsKept() throws Exception {
        String form = sendNow("relationship-pulse", "MENTEE");
        Http me = api("Bearer as:" + maya);
        String at = "/feedback/forms/" + form + "/response";
        Http.Reply missing = me.post(at, "{\"answers\":{\"quality\":4}}");
        assertEquals(400, missing.status());
        assertTrue(missing.body(), missing.body().contains("\"field\":\"trust\""));
        assertEquals(400, me.post(at, String.format(PULSE, 9, "x")).status());
        assertEquals(400, me.post(at, "{\"answers\":{\"quality\":\"four\",\"trust\":4,\"time\":3}}").status());
        assertEquals(400, me.post(at, "not json").status());
        assertEquals("nothing partial stored", 0L, count("feedback_responses WHERE form_id = '" + form + "'"));
        assertEquals(403, api("Bearer as:" + lena).post(at, String.format(PULSE, 4, "x")).status());
        assertEquals(401, api(null).post(at, String.format(PULSE, 4, "x")).status());

        assertEquals(200, me.put(at, null, "{\"answers\":{\"quality\":4,\"change\":\"half a thought\"}}").status());
        JsonObject draft = me.get("/feedback/forms/" + form).json();
        assertEquals("half a thought", draft.getJsonObject("answers").getString("change"));
        assertFalse(draft.getBoolean("submitted"));
        assertEquals(400, me.put(at, null, "{\"answers\":{\"quality\":12}}").status());

        database.inTransaction(c -> Sql.update(c, "UPDATE feedback_forms SET closes_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), form));
        Http.Reply closed = me.post(at, String.format(PULSE, 4, "late"));
        assertEquals(closed.body(), 409, closed.status());
        assertEquals("the draft is still there", "half a thought", me.get("/feedback/forms/" + form).json()
                .getJsonObject("answers").getString("change"));
    }

    @Test
    public void editingATemplateInUseMakesANewVersionAndOldAnswersKeepTheirs() throws Exception {
        String form = sendNow("mid-point-review", "MENTEE");
        JsonObject before = api("Bearer as:" + maya).get("/feedback/forms/" + form).json();
        assertEquals(1, before.getInt("templateVersion"));
        String edited = "{\"key\":\"mid-point-review\",\"title\":\"Mid-point review\",\"visibility\":\"COUNTERPART\","
                + "\"sections\":[{\"title\":\"Halfway\",\"questions\":[{\"id\":\"goals\",\"type\":\"LIKERT\","
                + "\"label\":\"On track?\",\"points\":5,\"required\":true}]}]}";
        Http.Reply saved = admin.put("/feedback/templates/mid-point-review", null, edited);
        assertEquals(saved.body(), 200, saved.status());
        assertEquals(2, saved.json().getInt("version"));
        assertEquals("the sent form keeps its questions", 3, api("Bearer as:" + maya).get("/feedback/forms/" + form)
                .json().getJsonArray("questions").size());
        Http.Reply broken = admin.put("/feedback/templates/mid-point-review", null, "{\"key\":\"mid-point-review\"}");
        assertEquals(400, broken.status());
        assertTrue(broken.body(), broken.body().contains("visibility"));
        assertEquals(403, api("Bearer as:" + coordinator).put("/feedback/templates/mid-point-review", null, edited)
                .status());
        String header = "section,id,type,label,help,required,points,anchors,options,rows,competency\n";
        Http.Reply imported = csvItems(header + "Skills,m1,LIKERT,Licensed item,,yes,7,1=not at all;7=extremely,,,"
                + "aligning expectations\n");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(1, admin.get("/feedback/templates/licensed-mca").json().getJsonArray("sections").size());
        Http.Reply badCsv = csvItems(header + "Skills,m1,LIKERT,Licensed item,,yes,70,,,,\n");
        assertEquals(400, badCsv.status());
        assertTrue(badCsv.body(), badCsv.body().contains("line 2, points"));
    }

    @Test
    public void aLowSelfRatedCompetencySuggestsTrainingToTheMentorAlone() throws Exception {
        String form = sendNow("mentor-competency-self-assessment", "MENTORS");
        StringBuilder answers = new StringBuilder("{\"answers\":{");
        for (int c = 1; c <= 6; c++) {
            for (String ab : List.of("a", "b")) {
                answers.append("\"c").append(c).append(ab).append("\":").append(c == 5 ? 2 : 6).append(',');
            }
        }
        answers.setLength(answers.length() - 1);
        answers.append("}}");
        Http.Reply sent = api("Bearer as:" + lena).post("/feedback/forms/" + form + "/response", answers.toString());
        assertEquals(sent.body(), 200, sent.status());
        String own = api("Bearer as:" + lena).get("/people/" + lena + "/training").body();
        assertTrue(own, own.contains("Your self-assessment rates fostering independence at 2.0 of 7"));
        assertTrue(own, own.contains("Entering Mentoring"));
        assertFalse("no suggestion for what she rated well", own.contains("rates aligning expectations"));
        participants.record(new Participant(program, lena, false, false, true, false, true, "manual"));
        Http.Reply coordinatorView = api("Bearer as:" + coordinator).get("/people/" + lena + "/training");
        assertEquals(coordinatorView.body(), 200, coordinatorView.status());
        assertFalse("her self-assessment never shows to her coordinator", coordinatorView.body().contains("self-assessment"));
    }

    // ---- helpers ----

    private Http.Reply csvItems(String csv) {
        return admin.send(java.net.http.HttpRequest.newBuilder(admin.uri("/feedback/templates/licensed-mca/items"
                + "?title=Licensed%20instrument&visibility=ADMINS_AGGREGATE")).header("Content-Type", "text/csv")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
    }

    private void match() {
        workflow.prepare(team, new Actor(maya, false), new PreparationForm("curiosity", "written plans", "a paper",
                "a lab", "grants", "career planning", null, null, null, 4, "shared interests"));
        for (String mentor : List.of(lena, tomas)) {
            workflow.prepare(team, new Actor(mentor, false), new PreparationForm(null, null, null, null, null, null,
                    "advice", 2, "monthly", 5, null));
            workflow.accept(team, new Actor(mentor, false));
        }
        workflow.transition(team, Phase.NEGOTIATING, new Actor(maya, false), null, workflow.state(team).version());
    }

    private String sendNow(String template, String recipients) {
        Http.Reply sent = api("Bearer as:" + coordinator).post("/programs/" + program + "/feedback/forms",
                "{\"templateKey\":\"" + template + "\",\"relationshipId\":\"" + team + "\",\"recipients\":\""
                        + recipients + "\",\"answerWithinDays\":14}");
        assertEquals(sent.body(), 201, sent.status());
        return sent.json().getString("id");
    }

    private String waitForForm(String person) throws InterruptedException {
        Http me = api("Bearer as:" + person);
        Waits.until("a form reaches " + person, () -> !me.get("/feedback/forms").jsonArray().isEmpty());
        JsonObject f = me.get("/feedback/forms").jsonArray().getJsonObject(0);
        assertEquals("DUE", f.getString("status"));
        return f.getString("id");
    }

    private List<String> authors(String reader, String form) {
        return api("Bearer as:" + reader).get("/feedback/forms/" + form + "/responses").jsonArray()
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("personId")).toList();
    }

    private static JsonObject question(JsonObject results, String id) {
        return results.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private Http api(String auth) {
        Http h = new Http(System.getProperty("tandem.it.base"));
        return auth == null ? h : h.as(auth);
    }

    private String person(String name) {
        return people.create(new Person(null, 0, "https://moodle.example.edu", name + System.nanoTime(), name, null,
                "en")).id();
    }

    private long count(String tableAndWhere) {
        return database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM " + tableAndWhere));
    }
}
