package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.json.JsonObject;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Notifications end to end: the shipped server jar sends mail to a real SMTP server in this JVM
 * (GreenMail), people are who a signed LTI launch says, and every assertion reads the raw message as
 * the SMTP server received it. Pairing, a meeting's invitation, change and cancellation, German,
 * privacy of notes, escaping, preferences and one-click unsubscribe, the calendar feed, bad input.
 * Delivery under failure (SMTP down, kill -9, two nodes) is in {@link NotificationDeliveryBehaviour}.
 */
public abstract class NotificationsBehaviour {
    static final String SECRET = "Zebra-7731-private";
    static final String ROOM = "https://meet.uni.test/maya-omar";
    protected Mailbox mailbox;
    protected NotifiedServer server;
    protected TestLms lms;
    @org.junit.Rule
    public final org.junit.rules.TestWatcher logOnFailure = new org.junit.rules.TestWatcher() {
        @Override
        protected void failed(Throwable e, org.junit.runner.Description d) {
            if (server != null) {
                System.out.println("The server's log for " + d.getMethodName() + ":\n" + server.log());
            }
        }
    };

    /** Environment for the database; may skip the test. */
    protected abstract Map<String, String> databaseEnv() throws Exception;

    @Before
    public void start() throws Exception {
        mailbox = new Mailbox();
        server = new NotifiedServer(databaseEnv(), mailbox);
        lms = new TestLms();
        server.register(lms);
    }

    @After
    public void stop() throws Exception {
        if (lms != null) {
            lms.close();
        }
        if (server != null) {
            server.close();
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    public void aPairAndTheirMeetingReachBothPartnersByMailWithACalendarInvitation() throws Exception {
        Pair pair = pair("<b>Maya</b> & Omar");
        Mailbox.Mail paired = mailbox.await(pair.maya.email, "the pairing mail", m -> m.subject().contains("new mentoring"));
        Mailbox.Mail asked = mailbox.await(pair.omar.email, "the request to mentor (German)",
                m -> m.subject().startsWith("Möchten Sie"));
        assertTrue(asked.parts().get("text/plain"), asked.parts().get("text/plain").contains("Maya Mentee"));
        for (Mailbox.Mail m : List.of(paired, asked)) {
            assertTrue(m.header("List-Unsubscribe"), m.header("List-Unsubscribe").startsWith("<" + server.root
                    + "/api/notifications/mail/"));
            assertEquals("List-Unsubscribe=One-Click", m.header("List-Unsubscribe-Post"));
            assertTrue(m.parts().containsKey("text/plain"));
            assertTrue(m.parts().containsKey("text/html"));
        }
        JsonObject inbox = pair.maya.http.get("/notifications").json();
        assertEquals(1, inbox.getInt("unread"));
        assertEquals("#/relationship/" + pair.id, inbox.getJsonArray("items").getJsonObject(0).getString("link"));

        String program = pair.cora.http.get("/me").json().getJsonArray("programs").getJsonObject(0).getString("id");
        String course = pair.cora.http.get("/catalog/courses").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("title").contains("Entering Mentoring")).findFirst().orElseThrow()
                .getString("id");
        Http.Reply required = pair.cora.http.post("/programs/" + program + "/training-requirements", "{\"courseId\":\""
                + course + "\",\"audience\":\"MENTORS\",\"kind\":\"REQUIRED_BEFORE_ENABLING\"}");
        assertEquals(required.body(), 201, required.status());
        toNegotiating(pair);
        mailbox.await(pair.omar.email, "the training the mentor still needs (German)",
                m -> m.subject().startsWith("Vor dem Start Ihres Mentorings: Entering Mentoring"));
        assertTrue("a mentee is not asked for mentor training", mailbox.to(pair.maya.email).stream()
                .noneMatch(m -> m.subject().contains("Entering Mentoring")));
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Http.Reply planned = pair.maya.http.post(rel(pair, "/meetings"), meeting(at, 45, "PLANNED",
                "Talk about " + SECRET + " in the agenda"));
        assertEquals(planned.body(), 201, planned.status());
        String meetingId = planned.json().getString("id");
        assertEquals(204, pair.maya.http.put(rel(pair, "/meetings/" + meetingId + "/private-note"), null,
                "{\"note\":\"" + SECRET + " only I read\"}").status());

        VEvent first = invitation(pair.omar.email, "REQUEST", -1);
        assertEquals(at, Instant.from(first.getDateTimeStart().getDate()));
        assertEquals("PT45M", first.getProperty("DURATION").get().getValue());
        assertEquals(ROOM, first.getProperty("LOCATION").get().getValue());
        String uid = first.getUid().get().getValue();
        assertTrue(uid, uid.startsWith("meeting-" + meetingId + "@"));
        assertTrue(first.getProperties("ATTENDEE").toString().contains("mailto:" + pair.maya.email));
        assertTrue(first.getProperty("ORGANIZER").get().getValue().contains(pair.maya.email));
        assertEquals(uid, invitation(pair.maya.email, "REQUEST", -1).getUid().get().getValue());

        Instant later = at.plus(1, ChronoUnit.DAYS);
        Http.Reply moved = pair.omar.http.put(rel(pair, "/meetings/" + meetingId), planned.etag(), meeting(later, 60,
                "PLANNED", null));
        assertEquals(moved.body(), 200, moved.status());
        VEvent changed = invitation(pair.maya.email, "REQUEST", sequence(first));
        assertEquals(uid, changed.getUid().get().getValue());
        assertEquals(later, Instant.from(changed.getDateTimeStart().getDate()));

        String feed = pair.maya.http.postEmpty("/notifications/calendar-feed").json().getString("url");
        HttpResponse<String> ics = get(feed);
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse(""), ics.headers().firstValue("Content-Type")
                .orElse("").startsWith("text/calendar"));
        assertTrue(ics.body(), ics.body().contains("UID:" + uid));

        Http.Reply cancelled = pair.omar.http.put(rel(pair, "/meetings/" + meetingId), moved.etag(), meeting(later, 60,
                "CANCELLED", null));
        assertEquals(cancelled.body(), 200, cancelled.status());
        VEvent cancel = invitation(pair.maya.email, "CANCEL", sequence(changed));
        assertEquals(uid, cancel.getUid().get().getValue());
        assertEquals("CANCELLED", cancel.getProperty("STATUS").get().getValue());

        Http.Reply soon = pair.omar.http.post(rel(pair, "/meetings"), meeting(Instant.now().plus(2, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.MINUTES), 30, "PLANNED", null));
        assertEquals(soon.body(), 201, soon.status());
        mailbox.await(pair.maya.email, "the reminder of the meeting in two hours",
                m -> m.subject().startsWith("Reminder: meeting"));
        mailbox.await(pair.omar.email, "the reminder (German)", m -> m.subject().startsWith("Erinnerung"));

        assertEquals(204, pair.maya.http.delete("/notifications/calendar-feed", null).status());
        HttpResponse<String> revoked = get(feed);
        assertEquals(404, revoked.statusCode());
        assertTrue(revoked.body(), revoked.body().contains("revoked"));

        for (Mailbox.Mail m : mailbox.all()) {
            assertFalse("a private note or an agenda reached a mail:\n" + m.raw(), m.raw().contains(SECRET));
            assertFalse("unescaped HTML from a title:\n" + m.raw(), m.parts().getOrDefault("text/html", "")
                    .contains("<b>Maya</b>"));
        }
        Mailbox.Mail phase = mailbox.await(pair.maya.email, "the phase change", m -> m.subject().contains("phase"));
        assertTrue(phase.parts().get("text/html"), phase.parts().get("text/html")
                .contains("&lt;b&gt;Maya&lt;/b&gt; &amp; Omar"));
        assertTrue(phase.parts().get("text/plain").contains("<b>Maya</b> & Omar"));
    }

    /**
     * The calendar feed holds what a person must do by a date, and lets go of each once it is done: the
     * agreement to sign (until they sign), training required before Enabling (until they complete it),
     * a feedback form (until they answer it), and a completion that lapses soon, which is also told.
     */
    @Test
    public void deadlinesComeAndGoInTheCalendarFeedAndLapsingTrainingIsTold() throws Exception {
        Pair pair = pair("Maya & Omar");
        String program = pair.cora.http.get("/me").json().getJsonArray("programs").getJsonObject(0).getString("id");
        String entering = pair.cora.http.get("/catalog/courses").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("title").contains("Entering Mentoring")).findFirst().orElseThrow()
                .getString("id");
        assertEquals(201, pair.cora.http.post("/programs/" + program + "/training-requirements", "{\"courseId\":\""
                + entering + "\",\"audience\":\"MENTORS\",\"kind\":\"REQUIRED_BEFORE_ENABLING\"}").status());
        String mayaFeed = pair.maya.http.postEmpty("/notifications/calendar-feed").json().getString("url");
        String omarFeed = pair.omar.http.postEmpty("/notifications/calendar-feed").json().getString("url");
        toNegotiating(pair);
        String training = "Schulung fällig: Entering Mentoring";
        awaitFeed(omarFeed, "the training the mentor still needs", s -> s.contains(training));

        String content = "{\"purpose\":\"Independence\",\"goals\":\"See the plan\",\"roles\":\"Maya leads\","
                + "\"meetingEveryDays\":14,\"meetingMinutes\":45,\"meetingMode\":\"VIDEO\",\"confidentiality\":\"Ours\","
                + "\"problemResolution\":\"Talk first\"}";
        assertEquals(200, pair.maya.http.put(rel(pair, "/agreement"), null, "{\"content\":" + content
                + ",\"revision\":0}").status());
        String sign = "Sign the agreement of Maya & Omar";
        String unterschreiben = "Vereinbarung von Maya & Omar unterschreiben";
        awaitFeed(mayaFeed, "the agreement to sign", s -> s.contains(sign));
        awaitFeed(omarFeed, "the agreement to sign (German)", s -> s.contains(unterschreiben));
        assertEquals(200, pair.maya.http.post(rel(pair, "/agreement/signatures"), "{\"revision\":1}").status());
        awaitFeed(mayaFeed, "the agreement gone once signed", s -> !s.contains(sign));
        assertTrue(summaries(omarFeed).toString(), summaries(omarFeed).contains(unterschreiben));
        assertEquals(200, pair.omar.http.post(rel(pair, "/agreement/signatures"), "{\"revision\":1}").status());
        awaitFeed(omarFeed, "the agreement gone once all signed", s -> !s.contains(unterschreiben));

        assertEquals(201, pair.omar.http.post("/people/" + pair.omar.id + "/training/completions", "{\"courseId\":\""
                + entering + "\",\"completedOn\":\"" + java.time.LocalDate.now() + "\"}").status());
        awaitFeed(omarFeed, "the training gone once completed", s -> !s.contains(training));

        Http.Reply form = pair.cora.http.post("/programs/" + program + "/feedback/forms", "{\"relationshipId\":\""
                + pair.id + "\",\"templateKey\":\"meeting-check-in\",\"recipients\":\"ALL\",\"answerWithinDays\":7}");
        assertEquals(form.body(), 201, form.status());
        String due = "Feedback due: meeting check in";
        awaitFeed(mayaFeed, "the form to answer", s -> s.contains(due));
        assertEquals(200, pair.maya.http.post("/feedback/forms/" + form.json().getString("id") + "/response",
                "{\"answers\":{\"useful\":4}}").status());
        awaitFeed(mayaFeed, "the form gone once answered", s -> !s.contains(due));

        Http.Reply course = server.admin().post("/catalog/courses", "{\"key\":\"lab-safety\",\"title\":\"Lab safety"
                + " <refresher>\",\"provider\":\"Uni\",\"format\":\"SELF_PACED_ONLINE\",\"audience\":\"BOTH\",\"validMonths\":1}");
        assertEquals(course.body(), 201, course.status());
        java.time.LocalDate done = java.time.LocalDate.now().minusDays(20);
        assertEquals(201, pair.maya.http.post("/people/" + pair.maya.id + "/training/completions", "{\"courseId\":\""
                + course.json().getString("id") + "\",\"completedOn\":\"" + done + "\"}").status());
        Mailbox.Mail lapsing = mailbox.await(pair.maya.email, "the training that lapses soon",
                m -> m.subject().startsWith("Your training “Lab safety <refresher>” needs renewing by"));
        assertTrue(lapsing.parts().get("text/html"), lapsing.parts().get("text/html").contains("&lt;refresher&gt;"));
        awaitFeed(mayaFeed, "the renewal, due when it lapses", s -> s.contains("Training due: Lab safety <refresher>"));
        String ics = get(mayaFeed).body();
        assertTrue(ics, ics.contains(done.plusMonths(1).toString().replace("-", "")));
    }

    /** The SUMMARY of each event in a calendar feed, parsed by ical4j. */
    private static List<String> summaries(String feed) throws Exception {
        Calendar cal = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(get(feed).body()));
        return cal.getComponents("VEVENT").stream().map(c -> c.getProperty("SUMMARY").map(p -> p.getValue())
                .orElse("")).toList();
    }

    private static void awaitFeed(String feed, String what, java.util.function.Predicate<String> summary)
            throws InterruptedException {
        Waits.until(what + " in the calendar feed", () -> {
            try {
                List<String> all = summaries(feed);
                return what.contains("gone") ? all.stream().allMatch(summary) : all.stream().anyMatch(summary);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    public void preferencesAndOneClickUnsubscribeAreHonoured() throws Exception {
        Pair pair = pair(null);
        Mailbox.Mail paired = mailbox.await(pair.maya.email, "the pairing mail", m -> true);
        mailbox.await(pair.omar.email, "the request to mentor", m -> true);
        String unsubscribe = paired.header("List-Unsubscribe").replaceAll("[<>]", "");
        assertTrue(unsubscribe, unsubscribe.endsWith("category=PAIRED"));

        Http.Reply phaseOff = pair.omar.http.put("/notifications/preferences", null, "{\"PHASE\":\"OFF\"}");
        assertEquals(phaseOff.body(), 200, phaseOff.status());
        String token = unsubscribe.substring(unsubscribe.indexOf("/mail/") + 6, unsubscribe.indexOf("/unsubscribe"));
        HttpResponse<String> oneClick = post(server.root + "/api/notifications/mail/" + token
                + "/unsubscribe?category=PHASE", "List-Unsubscribe=One-Click");
        assertEquals(oneClick.body(), 200, oneClick.statusCode());
        JsonObject prefs = pair.maya.http.get("/notifications/preferences").json();
        assertEquals("IN_APP", mode(prefs, "PHASE"));
        assertEquals("IMMEDIATE", mode(prefs, "PAIRED"));

        int before = mailbox.all().size();
        toNegotiating(pair);
        Waits.until("Maya sees the phase change in her inbox", () -> pair.maya.http.get("/notifications").json()
                .getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("category").equals("PHASE")));
        assertTrue(pair.omar.http.get("/notifications").json().getJsonArray("items").stream()
                .noneMatch(i -> i.asJsonObject().getString("category").equals("PHASE")));
        Thread.sleep(1500); // three dispatch rounds: a mail that should not go would have gone
        assertEquals("no phase mail for someone who opted out", before, mailbox.all().size());

        HttpResponse<String> unknown = post(server.root + "/api/notifications/mail/not-a-token/unsubscribe?category=PHASE",
                "List-Unsubscribe=One-Click");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("not valid"));
        HttpResponse<String> badCategory = post(server.root + "/api/notifications/mail/" + token
                + "/unsubscribe?category=NOPE", "List-Unsubscribe=One-Click");
        assertEquals(400, badCategory.statusCode());
        Http.Reply badMode = pair.maya.http.put("/notifications/preferences", null, "{\"PHASE\":\"SOMETIMES\"}");
        assertEquals(400, badMode.status());
        assertTrue(badMode.body(), badMode.body().contains("SOMETIMES"));
        assertEquals("IN_APP", mode(pair.maya.http.get("/notifications/preferences").json(), "PHASE"));
    }

    @Test
    public void anAddressThatCannotReceiveMailIsShownToTheAdminAndTheInboxStillHasIt() throws Exception {
        Person maya = launch("student_launch", "maya-9", "Maya Mentee", "maya..9@uni.test", "en", null);
        Person omar = launch("student_launch", "omar-9", "Omar Mentor", "omar-9@uni.test", "en", "mentor");
        Person cora = launch("teacher_launch", "cora-9", "Cora Coordinator", "cora-9@uni.test", "en", null);
        pairAs(cora, maya, omar, null);
        mailbox.await(omar.email, "the mentor's mail", m -> true);
        Waits.until("the admin sees the failed mail", () -> server.admin().get("/admin/notifications/outbox?status=FAILED")
                .jsonArray().stream().anyMatch(r -> r.asJsonObject().getString("address").equals("maya..9@uni.test")));
        JsonObject failed = server.admin().get("/admin/notifications/outbox?status=FAILED").jsonArray()
                .getJsonObject(0);
        assertTrue(failed.toString(), failed.getString("reason").contains("cannot receive mail"));
        assertEquals(1, maya.http.get("/notifications").json().getInt("unread"));

        Http.Reply test = server.admin().post("/admin/notifications/test-mail", "{\"address\":\"<script>\"}");
        assertEquals(test.body(), 400, test.status());
        assertTrue(test.contentType().startsWith("application/problem+json"));
        Http.Reply sent = server.admin().post("/admin/notifications/test-mail", "{\"address\":\"admin@uni.test\"}");
        assertEquals(sent.body(), 202, sent.status());
        mailbox.await("admin@uni.test", "the test mail", m -> m.subject().equals("Tandem test mail"));
        JsonObject status = server.admin().get("/admin/notifications/status").json();
        assertTrue(status.toString(), status.getBoolean("mailConfigured"));
    }

    /**
     * A relationship that meets less often than agreed: both partners are nudged; a week later (the
     * clock moved by rewriting last week's nudge in the database) the coordinator is told too. The
     * coordinator also finds the program's weekly summary in the inbox. PostgreSQL only: the test
     * reaches into the server's database, which embedded Derby keeps to its one process.
     */
    @Test
    public void aQuietRelationshipNudgesBothPartnersThenTheCoordinator() throws Exception {
        String url = server.env.get("TANDEM_DB_URL");
        org.junit.Assume.assumeTrue("needs the server's database from outside: PostgreSQL only", url != null);
        Pair pair = pair(null);
        toNegotiating(pair);
        String content = "{\"purpose\":\"Independence\",\"goals\":\"See the plan\",\"roles\":\"Maya leads\","
                + "\"meetingEveryDays\":14,\"meetingMinutes\":45,\"meetingMode\":\"VIDEO\",\"confidentiality\":\"Ours\","
                + "\"problemResolution\":\"Talk first\"}";
        assertEquals(200, pair.maya.http.put(rel(pair, "/agreement"), null, "{\"content\":" + content
                + ",\"revision\":0}").status());
        assertEquals(200, pair.maya.http.post(rel(pair, "/agreement/signatures"), "{\"revision\":1}").status());
        assertEquals(200, pair.omar.http.post(rel(pair, "/agreement/signatures"), "{\"revision\":1}").status());
        assertEquals(200, pair.maya.http.put(rel(pair, "/plan"), "\"0\"", "{\"selfAssessment\":\"Statistics\","
                + "\"shortTermGoals\":\"Publish\",\"longTermGoals\":\"Own lab\"}").status());
        assertEquals(201, pair.maya.http.post(rel(pair, "/goals"), "{\"title\":\"Submit a paper\",\"measure\":"
                + "\"Under review\",\"ownerId\":\"" + pair.maya.id + "\",\"dueOn\":\"2027-06-30\",\"progress\":10}")
                .status());
        Http.Reply enabling = pair.omar.http.post(rel(pair, "/workflow/transitions"), "{\"to\":\"ENABLING\","
                + "\"version\":1}");
        assertEquals(enabling.body(), 200, enabling.status());

        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "postgres", "")) {
            sql(c, "UPDATE workflow_transitions SET occurred_at = occurred_at - INTERVAL '30 days'"
                    + " WHERE relationship_id = ? AND to_phase = 'ENABLING'", pair.id);
            mailbox.await(pair.maya.email, "the nudge", m -> m.subject().equals("Time for your next mentoring meeting"));
            mailbox.await(pair.omar.email, "the nudge (German)", m -> m.subject().startsWith("Zeit für Ihr nächstes"));
            Waits.until("the coordinator's weekly summary in the inbox", () -> pair.cora.http.get("/notifications")
                    .json().getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("category")
                            .equals("DIGEST") && i.asJsonObject().getString("body").contains("1 relationship")));
            assertTrue(mailbox.to(pair.cora.email).isEmpty());
            assertTrue(digest(pair.cora, 1).toString(), digest(pair.cora, 1).getString("body")
                    .contains("No feedback is outstanding."));

            // next week's summary (this week's moved into the past): who is new, and the answers owed
            String program = pair.cora.http.get("/me").json().getJsonArray("programs").getJsonObject(0).getString("id");
            Http.Reply form = pair.cora.http.post("/programs/" + program + "/feedback/forms", "{\"relationshipId\":\""
                    + pair.id + "\",\"templateKey\":\"meeting-check-in\",\"recipients\":\"ALL\"}");
            assertEquals(form.body(), 201, form.status());
            launch("student_launch", "nia-" + pair.id, "Nia Newcomer", "nia@uni.test", "en", null);
            sql(c, "UPDATE notify_items SET cause = ? WHERE cause = ?", "digest:" + program + ":before",
                    "digest:" + program + ":" + isoWeek(Instant.now()));
            Waits.until("a second weekly summary", () -> digests(pair.cora) == 2);
            String body = digest(pair.cora, 2).getString("body");
            assertTrue(body, body.contains("1 new since the last summary"));
            assertTrue(body, body.contains("2 feedback answers are outstanding."));

            String now = isoWeek(Instant.now());
            String before = isoWeek(Instant.now().minus(7, ChronoUnit.DAYS));
            sql(c, "UPDATE notify_items SET cause = ? WHERE cause = ?", "quiet:" + pair.id + ":" + before,
                    "quiet:" + pair.id + ":" + now);
            Mailbox.Mail told = mailbox.await(pair.cora.email, "the coordinator's alert",
                    m -> m.subject().endsWith("has gone quiet"));
            assertTrue(told.parts().get("text/plain"), told.parts().get("text/plain").contains("Maya Mentee"));
        }
    }

    private static long digests(Person coordinator) {
        return coordinator.http.get("/notifications").json().getJsonArray("items").stream()
                .filter(i -> i.asJsonObject().getString("category").equals("DIGEST")).count();
    }

    /** The coordinator's {@code n}th weekly summary, the oldest first. */
    private static JsonObject digest(Person coordinator, int n) {
        List<JsonObject> all = coordinator.http.get("/notifications").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject()).filter(i -> i.getString("category").equals("DIGEST")).toList();
        return all.get(all.size() - n);
    }

    private static void sql(java.sql.Connection c, String sql, Object... args) throws java.sql.SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            assertTrue(sql, ps.executeUpdate() > 0);
        }
    }

    private static String isoWeek(Instant at) {
        var d = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
                + d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    // ---- the people and their relationship -------------------------------------------------------

    /** A launched person: their session and address. */
    record Person(String id, String email, Http http) {
    }

    record Pair(String id, Person maya, Person omar, Person cora) {
    }

    protected Pair pair(String title) throws Exception {
        String n = Long.toString(System.nanoTime() % 100000);
        Person maya = launch("student_launch", "maya-" + n, "Maya Mentee", "maya-" + n + "@uni.test", "en-US", null);
        Person omar = launch("student_launch", "omar-" + n, "Omar Mentor", "omar-" + n + "@uni.test", "de-DE", "mentor");
        Person cora = launch("teacher_launch", "cora-" + n, "Cora Coordinator", "cora-" + n + "@uni.test", "en", null);
        return new Pair(pairAs(cora, maya, omar, title), maya, omar, cora);
    }

    protected String pairAs(Person cora, Person mentee, Person mentor, String title) {
        String program = cora.http.get("/me").json().getJsonArray("programs").getJsonObject(0).getString("id");
        Http.Reply r = cora.http.post("/relationships", "{\"programId\":\"" + program + "\","
                + (title == null ? "" : "\"title\":" + javax.json.Json.createValue(title) + ",")
                + "\"members\":[{\"personId\":\"" + mentee.id + "\",\"role\":\"MENTEE\"},{\"personId\":\""
                + mentor.id + "\",\"role\":\"MENTOR\",\"mentorRole\":\"CAREER\"}]}");
        assertEquals(r.body(), 201, r.status());
        return r.json().getString("id");
    }

    protected Person launch(String sample, String sub, String name, String email, String locale, String role)
            throws Exception {
        Launches.Session s = Launches.launch(server.root, lms, sample, claims -> {
            claims.put("sub", sub);
            claims.put("given_name", name.split(" ")[0]);
            claims.put("family_name", name.split(" ")[1]);
            claims.put("name", name);
            claims.put("email", email);
            Map<String, Object> presentation = new LinkedHashMap<>();
            presentation.put("locale", locale);
            claims.put("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", presentation);
            if (role != null) {
                claims.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("mentoring_role", role));
            }
        });
        return new Person(s.personId(), email, server.api().as(s.bearer()));
    }

    protected void toNegotiating(Pair p) {
        assertEquals(204, p.maya.http.put(rel(p, "/preparation/me"), null, "{\"shortTermGoals\":\"Publish\","
                + "\"longTermGoals\":\"Own lab\",\"objectives\":\"Plan my career\",\"fitRating\":4}").status());
        assertEquals(204, p.omar.http.put(rel(p, "/preparation/me"), null, "{\"offers\":\"Advice\",\"capacity\":2}")
                .status());
        assertEquals(204, p.omar.http.postEmpty(rel(p, "/preparation/acceptance")).status());
        Http.Reply moved = p.maya.http.post(rel(p, "/workflow/transitions"), "{\"to\":\"NEGOTIATING\",\"version\":0}");
        assertEquals(moved.body(), 200, moved.status());
    }

    static String rel(Pair p, String path) {
        return "/relationships/" + p.id + path;
    }

    static String meeting(Instant at, int minutes, String status, String agenda) {
        return "{\"startsAt\":\"" + at + "\",\"minutes\":" + minutes + ",\"mode\":\"VIDEO\",\"status\":\"" + status
                + "\",\"location\":\"" + ROOM + "\"" + (agenda == null ? "" : ",\"agenda\":\"" + agenda + "\"") + "}";
    }

    /**
     * The meeting in an invitation to {@code address} with this METHOD and a SEQUENCE above {@code after},
     * parsed by ical4j (so it must be valid iCalendar).
     */
    private VEvent invitation(String address, String method, int after) throws InterruptedException {
        Mailbox.Mail m = mailbox.await(address, "an invitation " + method + " after SEQUENCE " + after, x -> {
            if (!x.parts().containsKey("text/calendar")) {
                return false;
            }
            Calendar cal = x.calendar();
            return cal.getProperty("METHOD").get().getValue().equals(method)
                    && sequence((VEvent) cal.getComponent("VEVENT").orElseThrow()) > after;
        });
        assertTrue(m.header("Content-Type"), m.parts().containsKey("application/ics"));
        VEvent e = (VEvent) m.calendar().getComponent("VEVENT").orElseThrow();
        assertNotNull(e.getDateTimeStamp());
        return e;
    }

    private static int sequence(VEvent e) {
        return Integer.parseInt(e.getProperty("SEQUENCE").get().getValue());
    }

    private static String mode(JsonObject prefs, String category) {
        return prefs.getJsonArray("categories").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("category").equals(category)).findFirst().orElseThrow().getString("mode");
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
