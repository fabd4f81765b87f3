package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;

/**
 * The core model API with real launch sessions: each request is tried as the wrong person, and as
 * nobody, and must be refused; the right person gets through. Two platforms are two tenants.
 */
public abstract class ApiAccessBehaviour {
    private static final String ADMIN = "Bearer " + ServerOptions.ADMIN_TOKEN;
    private TestLms moodle;
    private TestLms otherUniversity;
    private Http api;
    private String root;

    @Before
    public void twoPlatforms() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        root = System.getProperty("tandem.it.root");
        api = new Http(System.getProperty("tandem.it.base"));
        moodle = new TestLms();
        otherUniversity = new TestLms();
        Waits.settled("the admin API answers", () -> api.get("/admin/platforms").status() == 401);
        assertEquals(201, api.as(ADMIN).post("/admin/platforms", moodle.registration("Moodle")).status());
        // its own tenant: the test platforms share a host and client id, which would make one tenant
        String other = otherUniversity.registration("Other").replace("{", "{\"tenant\":\"other-university\",");
        assertEquals(201, api.as(ADMIN).post("/admin/platforms", other).status());
    }

    @After
    public void stop() {
        moodle.close();
        otherUniversity.close();
    }

    @Test
    public void nobodyGetsAnything() throws Exception {
        Launches.Session learner = Launches.launch(root, moodle, "student_launch");
        String program = learner.programId();
        String me = learner.personId();
        for (String path : new String[] {"/programs", "/programs/" + program, "/people", "/people/" + me,
                "/people/" + me + "/profile", "/relationships?programId=" + program}) {
            assertEquals(path, 401, api.get(path).status());
            assertEquals(path, 401, api.as("Bearer not-a-session").get(path).status());
        }
    }

    @Test
    public void aLearnerSeesTheirProgramAndThemselfOnly() throws Exception {
        String terry = Launches.launch(root, moodle, "teacher_launch").personId();
        Launches.Session sam = Launches.launch(root, moodle, "student_launch");
        String learner = sam.bearer();
        String program = sam.programId();
        assertEquals(200, api.as(learner).get("/programs").status());
        assertTrue(api.as(learner).get("/programs").body().contains(program));
        assertEquals(200, api.as(learner).get("/programs/" + program).status());
        assertEquals(200, api.as(learner).get("/people/" + sam.personId()).status());
        assertEquals(403, api.as(learner).get("/people/" + terry).status());
        assertEquals(403, api.as(learner).get("/people").status());
        assertEquals(403, api.as(learner).get("/relationships?programId=" + program).status());
        assertEquals(403, api.as(learner).put("/programs/" + program, "\"1\"",
                "{\"name\":\"Renamed by a student\",\"model\":\"ONE_TO_ONE\"}").status());
        assertEquals(403, api.as(learner).post("/programs", "{\"name\":\"Mine\",\"model\":\"ONE_TO_ONE\"}").status());
        assertEquals(403, api.as(learner).delete("/people/" + terry, "\"1\"").status());
        assertEquals(403, api.as(learner).post("/relationships", "{\"programId\":\"" + program + "\",\"members\":[]}")
                .status());
    }

    @Test
    public void aPersonChangesTheirDetailsButNotTheirPlatformIdentity() throws Exception {
        Launches.Session session = Launches.launch(root, moodle, "student_launch");
        String learner = session.bearer();
        String sam = session.personId();
        Http.Reply me = api.as(learner).get("/people/" + sam);
        Http.Reply changed = api.as(learner).put("/people/" + sam, me.etag(), "{\"displayName\":\"Sam S.\","
                + "\"issuer\":\"https://elsewhere.example\",\"subject\":\"admin\",\"locale\":\"de\"}");
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("Sam S.", changed.json().getString("displayName"));
        assertEquals(moodle.issuer(), changed.json().getString("issuer"));
        assertEquals("4", changed.json().getString("subject"));
    }

    @Test
    public void theCoordinatorSeesTheirLearnersAndChangesTheProgram() throws Exception {
        String sam = Launches.launch(root, moodle, "student_launch").personId();
        Launches.Session terry = Launches.launch(root, moodle, "teacher_launch");
        String teacher = terry.bearer();
        String program = terry.programId();
        assertEquals(200, api.as(teacher).get("/people/" + sam).status());
        assertEquals(200, api.as(teacher).get("/relationships?programId=" + program).status());
        Http.Reply p = api.as(teacher).get("/programs/" + program);
        assertEquals(200, api.as(teacher).put("/programs/" + program, p.etag(),
                "{\"name\":\"Mentoring 101 (spring)\",\"model\":\"ONE_TO_ONE\"}").status());
    }

    @Test
    public void anotherInstitutionDoesNotLearnThatAProgramExists() throws Exception {
        Launches.Session teacher = Launches.launch(root, moodle, "teacher_launch");
        String program = teacher.programId();
        String stranger = Launches.launch(root, otherUniversity, "teacher_launch").bearer();
        assertEquals(404, api.as(stranger).get("/programs/" + program).status());
        assertEquals(404, api.as(stranger).get("/relationships?programId=" + program).status());
        assertEquals(403, api.as(stranger).get("/people/" + teacher.personId()).status());
        Http.Reply own = api.as(stranger).get("/programs");
        assertEquals(200, own.status());
        assertTrue(own.body(), !own.body().contains(program));
    }

    @Test
    public void mySummaryHasMyRelationshipsWithEveryMembersNameAndRole() throws Exception {
        Launches.Session sam = Launches.launch(root, moodle, "student_launch");
        Launches.Session terry = Launches.launch(root, moodle, "teacher_launch");
        assertEquals(401, api.get("/me").status());
        assertEquals("the admin token is nobody", 401, api.as("Bearer " + ServerOptions.ADMIN_TOKEN).get("/me").status());
        Http.Reply mentor = api.as(terry.bearer()).put("/programs/" + terry.programId() + "/participants/"
                + terry.personId(), null, "{\"mentor\":true}");
        assertEquals(mentor.body(), 200, mentor.status());
        assertEquals(400, api.as(terry.bearer()).put("/programs/" + terry.programId() + "/participants/"
                + terry.personId(), null, "{\"mentor\":false}").status());
        assertEquals("a learner does not administer", 403, api.as(sam.bearer()).get("/programs/" + sam.programId()
                + "/participants").status());
        assertEquals(404, api.as(terry.bearer()).put("/programs/" + terry.programId() + "/participants/nobody",
                null, "{\"mentor\":true}").status());
        Http.Reply pair = api.as(terry.bearer()).post("/relationships", "{\"programId\":\"" + terry.programId()
                + "\",\"members\":[{\"personId\":\"" + sam.personId() + "\",\"role\":\"MENTEE\"},{\"personId\":\""
                + terry.personId() + "\",\"role\":\"MENTOR\",\"mentorRole\":\"CAREER\"}]}");
        assertEquals(pair.body(), 201, pair.status());

        Http.Reply me = api.as(sam.bearer()).get("/me");
        assertEquals(me.body(), 200, me.status());
        javax.json.JsonObject rel = me.json().getJsonArray("relationships").getJsonObject(0);
        assertEquals("MENTEE", rel.getString("myRole"));
        assertEquals("Mentoring 101", rel.getString("programName"));
        javax.json.JsonObject theMentor = rel.getJsonArray("members").getJsonObject(1);
        assertEquals("Terry Teacher", theMentor.getString("displayName"));
        assertEquals("CAREER", theMentor.getString("mentorRole"));
        assertEquals(false, me.json().getJsonArray("programs").getJsonObject(0).getBoolean("administers"));
        Http.Reply mine = api.as(terry.bearer()).get("/me");
        assertEquals(1, mine.json().getJsonObject("capacity").getInt("used"));
        assertEquals(true, mine.json().getJsonArray("programs").getJsonObject(0).getBoolean("administers"));
        String stranger = Launches.launch(root, otherUniversity, "student_launch").bearer();
        assertEquals("another institution sees none of it", 0, api.as(stranger).get("/me").json()
                .getJsonArray("relationships").size());
    }
}
