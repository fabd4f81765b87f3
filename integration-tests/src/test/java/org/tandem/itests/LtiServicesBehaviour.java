package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.tandem.lti.api.Gradebook;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.PersonRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;

/**
 * LTI Advantage over real HTTP: roster sync (NRPS) and milestone scores (AGS) against a test platform
 * that verifies the tool's signed client assertion and checks every bearer token and scope.
 */
public abstract class LtiServicesBehaviour {
    private static final String AUTH = "Bearer " + ServerOptions.ADMIN_TOKEN;
    private static final String TA = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
    private static final String COURSE_MENTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor";
    @Inject
    protected Database database;
    @Inject
    protected PersonRepository people;
    @Inject
    protected ParticipantRepository participants;
    @Inject
    protected RelationshipRepository relationships;
    @Inject
    protected Gradebook gradebook;
    @Inject
    protected EventAdmin events;

    private TestLms lms;
    private TestLmsServices services;
    private String root;
    private Http api;

    @Before
    public void aRegisteredPlatformWithServices() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        root = System.getProperty("tandem.it.root");
        api = new Http(System.getProperty("tandem.it.base"));
        lms = new TestLms();
        services = new TestLmsServices(lms, root);
        Waits.settled("the admin API answers", () -> api.get("/admin/platforms").status() == 401);
        assertEquals(201, api.as(AUTH).post("/admin/platforms", lms.registration("Moodle with services")).status());
    }

    @After
    public void stopPlatform() {
        if (lms != null) {
            lms.close();
        }
    }

    @Test
    public void theCoordinatorSyncsTheRosterPageByPage() throws Exception {
        String teacher = launch("teacher_launch");
        String program = programOfCourse();
        services.member("3", "Terry Teacher", "Active", "Instructor");
        services.member("4", "Sam Student", "Active", "Learner");
        services.member("13", "Lee Learner", "Active", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        services.member("10", "Tina Assistant", "Active", TA);
        services.member("11", "Olga Mentor", "Active", COURSE_MENTOR);
        services.member("14", "Dan Designer", "Active", "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper");
        services.member("12", "Ian Inactive", "Inactive", "Learner");
        Http.Reply sync = api.as("Bearer " + teacher).postEmpty("/programs/" + program + "/roster-sync");
        assertEquals(sync.body(), 200, sync.status());
        assertTrue(sync.body(), sync.body().contains("\"members\":7"));
        assertTrue(sync.body(), sync.body().contains("\"withoutMentoringRole\":1"));
        Map<String, Participant> byName = participantsByName(program);
        assertTrue(byName.get("Sam Student").mentee() && byName.get("Lee Learner").mentee());
        assertTrue("a TA may be seeded as a mentor", byName.get("Tina Assistant").mentor());
        assertTrue("outside Canvas, LIS Mentor is the course's mentor (issue 19.3)", byName.get("Olga Mentor").mentor());
        assertFalse("a role Tandem does not map gives no place", byName.get("Dan Designer").placed());
        assertEquals("the coordinator sees the role the LMS sent", "ContentDeveloper",
                byName.get("Dan Designer").platformRoles());
        assertFalse(byName.containsKey("Ian Inactive"));
        assertTrue(byName.get("Terry Teacher").coordinator());

        // Lee leaves the course: inactive, not deleted; the cached token serves the second sync
        services.clearRoster();
        services.member("4", "Sam Student", "Active", "Learner");
        services.member("3", "Terry Teacher", "Active", "Instructor");
        assertEquals(200, api.as("Bearer " + teacher).postEmpty("/programs/" + program + "/roster-sync").status());
        Map<String, Participant> after = participantsByName(program);
        assertFalse(after.get("Lee Learner").active());
        assertTrue(after.get("Sam Student").active());
        assertEquals("one token for both syncs (cached for its lifetime)", 1, services.tokenRequests());
    }

    @Test
    public void aRevokedTokenIsReplacedOnce() throws Exception {
        String teacher = launch("teacher_launch");
        String program = programOfCourse();
        services.member("3", "Terry Teacher", "Active", "Instructor");
        assertEquals(200, api.as("Bearer " + teacher).postEmpty("/programs/" + program + "/roster-sync").status());
        services.revokeTokens();
        assertEquals(200, api.as("Bearer " + teacher).postEmpty("/programs/" + program + "/roster-sync").status());
        assertEquals(2, services.tokenRequests());
    }

    @Test
    public void onlyCoordinatorsSyncAndAFailingPlatformChangesNothing() throws Exception {
        String teacher = launch("teacher_launch");
        String learner = launch("student_launch");
        String program = programOfCourse();
        assertEquals(403, api.as("Bearer " + learner).postEmpty("/programs/" + program + "/roster-sync").status());
        assertEquals(401, api.postEmpty("/programs/" + program + "/roster-sync").status());
        List<Participant> before = participants.inProgram(program);
        services.down(true);
        Http.Reply failed = api.as("Bearer " + teacher).postEmpty("/programs/" + program + "/roster-sync");
        assertEquals(failed.body(), 502, failed.status());
        assertTrue(failed.body(), failed.body().contains("Nothing was changed"));
        assertEquals(before, participants.inProgram(program));
    }

    @Test
    public void enteringEnablingPublishesTheAgreementMilestoneToTheGradebook() throws Exception {
        launch("teacher_launch");
        launch("student_launch");
        String program = programOfCourse();
        String sam = people.findByPlatformIdentity(lms.issuer(), "4").orElseThrow().id();
        String teacher = people.findByPlatformIdentity(lms.issuer(), "3").orElseThrow().id();
        String pair = relationships.create(new Relationship(null, 0, program, null, List.of(new Member(sam,
                MemberRole.MENTEE, null), new Member(teacher, MemberRole.MENTOR, MentorRole.CAREER)), null, null)).id();
        events.sendEvent(new Event("org/tandem/workflow/TRANSITIONED", Map.of("relationshipId", pair, "programId",
                program, "from", "NEGOTIATING", "to", "ENABLING")));
        Waits.until("both members' scores reach the platform", () -> services.scores().size() == 2);
        assertEquals(1, services.lineItems().size());
        assertEquals("tandem-agreement-signed", services.lineItems().get(0).get("tag"));
        assertEquals(Set.of("3", "4"), services.scores().stream().map(s -> (String) s.get("userId"))
                .collect(Collectors.toSet()));
        Map<String, Object> score = services.scores().get(0);
        assertEquals("/lineitems/1/lineitem", score.get("lineItem"));
        assertEquals("Moodle's query stays on the score URL", "type_id=1", score.get("query"));
        assertEquals("Completed", score.get("activityProgress"));
        assertEquals("FullyGraded", score.get("gradingProgress"));
    }

    @Test
    public void completedRequiredTrainingReachesTheGradebook() throws Exception {
        launch("student_launch");
        String program = programOfCourse();
        String sam = people.findByPlatformIdentity(lms.issuer(), "4").orElseThrow().id();
        // what the catalog announces when a completion meets a program's requirement
        events.sendEvent(new Event("org/tandem/catalog/COMPLETED", Map.of("personId", sam, "courseId", "c1",
                "courseKey", "entering-mentoring", "courseTitle", "Entering Mentoring", "status", "VERIFIED",
                "programIds", new String[] {program})));
        Waits.until("the training score reaches the platform", () -> services.scores().size() == 1);
        assertEquals("training-entering-mentoring", services.lineItems().get(0).get("tag"));
        assertEquals("Training completed: Entering Mentoring", services.lineItems().get(0).get("label"));
        assertEquals("4", services.scores().get(0).get("userId"));
    }

    @Test
    public void aScoreWaitsWhileThePlatformIsDownAndArrivesLater() throws Exception {
        launch("student_launch");
        String program = programOfCourse();
        String sam = people.findByPlatformIdentity(lms.issuer(), "4").orElseThrow().id();
        services.down(true);
        gradebook.publish(program, sam, new Gradebook.Milestone("mentor-training", "Mentor training", 1), 1);
        Waits.until("the first attempt failed", () -> attempts(sam) == 1);
        assertTrue(services.scores().isEmpty());
        String waiting = api.as(AUTH).get("/metrics").body().lines()
                .filter(l -> l.startsWith("tandem_lti_scores{status=\"waiting\"}")).findFirst().orElse("none");
        assertTrue("the metrics show the score waiting: " + waiting, !waiting.equals("none")
                && Double.parseDouble(waiting.substring(waiting.lastIndexOf(' ') + 1)) >= 1);
        services.down(false);
        database.inTransaction(c -> Sql.update(c, "UPDATE lti_scores SET next_attempt_at = ? WHERE person_id = ?",
                Sql.now(), sam)); // as if its pause had passed
        gradebook.publish(program, sam, new Gradebook.Milestone("other-training", "Other training", 1), 1);
        Waits.until("both scores arrive", () -> services.scores().size() == 2);
    }

    // ---- Dynamic Registration ----

    @Test
    public void dynamicRegistrationAddsThePlatformWhichThenLaunches() throws Exception {
        try (TestLms moodle = new TestLms()) {
            TestLmsRegistration platform = new TestLmsRegistration(moodle);
            String link = registrationLink();
            Browser.Page page = new Browser().get(registering(link, platform, TestLmsRegistration.TOKEN));
            assertEquals(page.body(), 200, page.status());
            assertTrue(page.body().contains("org.imsglobal.lti.close"));
            assertTrue("Moodle's admin must activate the pending tool", page.body().contains("activate it"));
            Map<String, Object> sent = platform.lastRequest();
            assertEquals(root + "/lti/jwks", sent.get("jwks_uri"));
            assertEquals(root + "/lti/login", sent.get("initiate_login_uri"));
            assertEquals(List.of(root + "/lti/launch"), sent.get("redirect_uris"));
            assertEquals("private_key_jwt", sent.get("token_endpoint_auth_method"));
            assertTrue((String) sent.get("scope"), ((String) sent.get("scope")).contains(TestLmsServices.NRPS));
            assertTrue(api.as(AUTH).get("/admin/platforms").body().contains(moodle.issuer()));
            assertTrue("the registered platform launches", launch(moodle, "student_launch") != null);

            Browser.Page again = new Browser().get(registering(link, platform, TestLmsRegistration.TOKEN));
            assertEquals("a link registers once", 403, again.status());
            assertEquals(1, platform.registrations());
        }
    }

    @Test
    public void withoutAValidLinkNothingIsRegistered() throws Exception {
        try (TestLms moodle = new TestLms()) {
            TestLmsRegistration platform = new TestLmsRegistration(moodle);
            String config = platform.configurationUrl();
            for (String url : List.of(root + "/lti/register?openid_configuration=" + enc(config),
                    root + "/lti/register?code=made-up&openid_configuration=" + enc(config))) {
                Browser.Page page = new Browser().get(url + "&registration_token=" + TestLmsRegistration.TOKEN);
                assertEquals(page.body(), 403, page.status());
                assertTrue(page.body().contains("Nothing was stored"));
            }
            assertEquals(400, new Browser().get(root + "/lti/register").status());
            assertEquals(0, platform.registrations());
        }
    }

    @Test
    public void aPlatformClaimingAnotherIssuerOrRefusingTheTokenRegistersNothing() throws Exception {
        try (TestLms moodle = new TestLms()) {
            TestLmsRegistration platform = new TestLmsRegistration(moodle);
            String link = registrationLink();
            Browser.Page wrongToken = new Browser().get(registering(link, platform, "not-the-token"));
            assertEquals(502, wrongToken.status());
            assertTrue(wrongToken.body(), wrongToken.body().contains("HTTP 401"));
            platform.claimIssuer("https://lms.other-university.example");
            Browser.Page pretender = new Browser().get(registering(link, platform, TestLmsRegistration.TOKEN));
            assertEquals(502, pretender.status());
            assertTrue(pretender.body(), pretender.body().contains("is not on the host"));
            assertEquals(0, platform.registrations());
            assertFalse(api.as(AUTH).get("/admin/platforms").body().contains("other-university"));
            platform.claimIssuer(moodle.issuer());
            assertEquals("a failed attempt leaves the link usable", 200,
                    new Browser().get(registering(link, platform, TestLmsRegistration.TOKEN)).status());
        }
    }

    private String registrationLink() {
        assertEquals(401, api.postEmpty("/admin/platforms/registration-links").status());
        Http.Reply r = api.as(AUTH).postEmpty("/admin/platforms/registration-links");
        assertEquals(r.body(), 201, r.status());
        String url = r.json().getString("url");
        assertTrue(url, url.startsWith(root + "/lti/register?code="));
        return url;
    }

    private static String registering(String link, TestLmsRegistration platform, String token) {
        return link + "&openid_configuration=" + enc(platform.configurationUrl()) + "&registration_token=" + enc(token);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- helpers ----

    private long attempts(String person) {
        return database.inTransaction(c -> Sql.one(c, "SELECT attempts FROM lti_scores WHERE person_id = ?",
                rs -> rs.getLong(1), person)).orElse(0L);
    }

    private String launch(String sample) throws Exception {
        return launch(lms, sample);
    }

    /** A full login and launch; returns the session token of the app page. */
    private String launch(TestLms lms, String sample) throws Exception {
        Browser browser = new Browser();
        Browser.Page login = browser.post(root + "/lti/login", Browser.form("iss", lms.issuer(), "login_hint", "x",
                "target_link_uri", root + "/lti/launch", "client_id", TestLms.CLIENT_ID));
        Browser.Page app = browser.post(root + "/lti/launch", Browser.form("state", login.redirectParam("state"),
                "id_token", lms.sign(lms.claims(sample, login.redirectParam("nonce"), root))));
        assertEquals(app.body(), 200, app.status());
        return app.meta("tandem-session");
    }

    private String programOfCourse() {
        return database.inTransaction(c -> Sql.one(c, "SELECT x.program_id FROM lti_contexts x JOIN lti_platforms p"
                + " ON p.id = x.platform_id WHERE p.issuer = ? AND x.context_id = ?", rs -> rs.getString(1),
                lms.issuer(), "2")).orElseThrow();
    }

    private Map<String, Participant> participantsByName(String program) {
        return participants.inProgram(program).stream().collect(Collectors.toMap(
                p -> people.find(p.personId()).orElseThrow().displayName(), p -> p));
    }
}
