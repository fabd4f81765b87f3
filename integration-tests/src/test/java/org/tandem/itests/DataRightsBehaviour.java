package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.json.JsonArray;
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
import org.tandem.storage.PersonalData;
import org.tandem.storage.Sql;

/**
 * Issue 18's data rights. Export: after a relationship taken into Enabling with a signed agreement, a
 * goal and a held meeting with a private note on each side, a person's export holds every row the
 * database has for them in every declared table, their own private note and not their partner's; only
 * the admin token exports someone else, and a person exports themself. Erasure: after the whole
 * relationship (training, feedback, a challenge, closing), no table holds the person's name, e-mail, LMS
 * subject or any text they wrote; the partner's own data and the feedback aggregates stay; a second
 * erasure changes nothing. Role checks, and retention with the clock moved forward.
 */
public abstract class DataRightsBehaviour {
    private String content() {
        return "{\"purpose\":\"Research independence" + tag + "\",\"goals\":\"See the plan\","
            + "\"roles\":\"Ana leads" + tag + "\",\"meetingEveryDays\":14,\"meetingMinutes\":45,\"meetingMode\":\"VIDEO\","
            + "\"confidentiality\":\"Ours\",\"problemResolution\":\"Talk first" + tag + "\"}";
    }

    /** Marks this test's texts: the database holds the other tests' too. */
    private final String tag = " #" + Long.toString(System.nanoTime(), 36);
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
    protected ParticipantRepository participants;
    private ServiceRegistration<CallerResolver> resolver;
    private Http http;
    private String ana;
    private String ben;
    private String pair;
    private String program;
    private String anaSubject;

    @Before
    public void aRelationshipInEnabling() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        http = new Http(System.getProperty("tandem.it.base"));
        // every feature started (and migrated its tables) before the data is written: a migration's DDL beside
        // these writes made Derby wait for its own locks until the 60 s timeout
        Waits.settled("the API answers", () -> http.as("Bearer " + ServerOptions.ADMIN_TOKEN).get("/programs")
                .status() == 200);
        program = programs.create(new Program(null, 0, "Export pairs", null, MentoringModel.ONE_TO_ONE, true,
                null, null, "export-tenant")).id();
        anaSubject = "ana-" + System.nanoTime();
        ana = people.create(new Person(null, 0, "https://moodle.example.edu", anaSubject, "Ana Exported" + tag,
                "ana.exported" + tag.substring(2) + "@example.edu", "en")).id();
        ben = person("Ben Partner");
        for (String p : List.of(ana, ben)) {
            participants.record(new Participant(program, p, false, p.equals(ana), p.equals(ben), false, true, "lti", null));
        }
        pair = relationships.create(new Relationship(null, 0, program, "Ana Exported with Ben", List.of(
                new Member(ana, MemberRole.MENTEE, null), new Member(ben, MemberRole.MENTOR, MentorRole.RESEARCH)),
                null, null)).id();
        resolver = context.registerService(CallerResolver.class, h -> h.startsWith("Bearer export:")
                ? Optional.of(new Caller(h.substring("Bearer export:".length()), "export-tenant", false, Set.of()))
                : h.startsWith("Bearer coordinator:") ? Optional.of(new Caller(h.substring("Bearer coordinator:".length()),
                        "export-tenant", false, Set.of(program)))
                : h.startsWith("Bearer elsewhere:") ? Optional.of(new Caller(h.substring("Bearer elsewhere:".length()),
                        "other-tenant", true, Set.of(program))) : Optional.empty(), null);
        Waits.settled("the workflow API answers", () -> as(ana).get(at("/workflow")).status() == 200);
        ok(as(ana).put(at("/preparation/me"), null, "{\"shortTermGoals\":\"Publish\",\"longTermGoals\":\"Own lab" + tag + "\","
                + "\"objectives\":\"Plan my career" + tag + "\",\"fitRating\":4}"), 204);
        ok(as(ben).put(at("/preparation/me"), null, "{\"offers\":\"Research advice\",\"capacity\":2}"), 204);
        ok(as(ben).postEmpty(at("/preparation/acceptance")), 204);
        ok(as(ana).post(at("/workflow/transitions"), "{\"to\":\"NEGOTIATING\",\"version\":0}"), 200);
        ok(as(ana).put(at("/agreement"), null, "{\"content\":" + content() + ",\"revision\":0}"), 200);
        ok(as(ana).post(at("/agreement/signatures"), "{\"revision\":1}"), 200);
        ok(as(ben).post(at("/agreement/signatures"), "{\"revision\":1}"), 200);
        ok(as(ana).post(at("/goals"), "{\"title\":\"Submit a paper" + tag + "\",\"measure\":\"Under review" + tag + "\",\"ownerId\":\"" + ana
                + "\",\"dueOn\":\"2027-06-30\",\"progress\":10}"), 201);
        ok(as(ben).post(at("/workflow/transitions"), "{\"to\":\"ENABLING\",\"version\":1}"), 200);
        String meeting = as(ben).post(at("/meetings"), "{\"startsAt\":\"2026-10-01T14:00:00Z\",\"minutes\":45,"
                + "\"status\":\"HELD\",\"sharedNotes\":\"Outline agreed\"}").json().getString("id");
        ok(as(ana).put(at("/meetings/" + meeting + "/private-note"), null, "{\"note\":\"Ana's own worry" + tag + "\"}"), 204);
        ok(as(ben).put(at("/meetings/" + meeting + "/private-note"), null, "{\"note\":\"Ben's private view\"}"), 204);
    }

    @After
    public void unregister() {
        if (resolver != null) {
            resolver.unregister();
        }
    }

    @Test
    public void theExportHoldsEveryRowOfThePersonAndNoneOfThePartnersPrivateNotes() throws Exception {
        // what the database holds before the export: the export's own read is logged after it is made
        java.util.Map<String, Long> inDatabase = new java.util.HashMap<>();
        for (PersonalData d : Declarations.of(context)) {
            for (PersonalData.Table t : d.tables()) {
                if (!t.owners().isEmpty()) {
                    String where = String.join(" OR ", t.owners().stream().map(o -> o + " = ?").toList());
                    inDatabase.put(t.name(), database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM " + t.name()
                            + " WHERE " + where, t.owners().stream().map(o -> ana).toArray())));
                }
            }
        }
        Http.Reply reply = http.as("Bearer " + ServerOptions.ADMIN_TOKEN).get("/admin/people/" + ana + "/export");
        assertEquals(reply.body(), 200, reply.status());
        JsonObject export = reply.json();
        assertEquals("tandem-personal-data-export", export.getString("format"));
        assertEquals(ana, export.getJsonObject("person").getString("id"));
        JsonObject features = export.getJsonObject("features");
        List<String> wrong = new ArrayList<>();
        for (PersonalData d : Declarations.of(context)) {
            for (PersonalData.Table t : d.tables()) {
                if (t.owners().isEmpty()) {
                    continue;
                }
                JsonArray exported = features.getJsonObject(d.feature()).getJsonArray(t.name());
                long owned = exported.getValuesAs(JsonObject.class).stream().filter(row -> t.owners().stream()
                        .anyMatch(o -> ana.equals(row.isNull(o) ? null : row.getString(o)))).count();
                if (owned != inDatabase.get(t.name())) {
                    wrong.add(t.name() + ": " + inDatabase.get(t.name()) + " rows in the database, " + owned + " exported");
                }
            }
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
        String text = reply.body();
        assertTrue(text, text.contains("Ana's own worry"));
        assertFalse("the partner's private note", text.contains("Ben's private view"));
        assertTrue("the shared notes of her meetings", text.contains("Outline agreed"));
        assertTrue("the agreement of her relationship", text.contains("Research independence"));
        assertTrue(features.getJsonObject("workflow").getJsonArray("workflow_transitions").size() >= 2);
        assertFalse("no secret column", text.contains("token_hash") || text.contains("mail_token"));
    }

    /**
     * Feedback about the person only as they may read it in Tandem: a counterpart's answers to a form
     * the other side may read are in their export; answers to an aggregate-only form are not.
     */
    @Test
    public void theExportHoldsTheCounterpartsFeedbackThePersonMayReadAndNoAggregateOnlyAnswer() {
        Http carla = http.as("Bearer coordinator:" + person("Carla Coordinator"));
        for (String[] f : List.of(new String[] {"meeting-check-in", "{\"useful\":5,\"thanks\":\"Ben thanks Ana" + tag
                + "\"}"}, new String[] {"relationship-pulse", "{\"quality\":4,\"trust\":4,\"time\":3,\"support\":"
                + "[\"career\"],\"change\":\"Ben's pulse" + tag + "\"}"})) {
            Http.Reply form = carla.post("/programs/" + program + "/feedback/forms", "{\"templateKey\":\"" + f[0]
                    + "\",\"relationshipId\":\"" + pair + "\",\"recipients\":\"ALL\",\"answerWithinDays\":14}");
            ok(form, 201);
            ok(as(ben).post("/feedback/forms/" + form.json().getString("id") + "/response", "{\"answers\":" + f[1] + "}"),
                    200);
        }
        JsonObject feedback = as(ana).get("/me/export").json().getJsonObject("features").getJsonObject("feedback");
        JsonArray readable = feedback.getJsonArray("feedback_you_may_read");
        assertEquals(readable.toString(), 1, readable.size());
        assertEquals(ben, readable.getJsonObject(0).getString("from_person_id"));
        assertTrue(readable.toString().contains("Ben thanks Ana" + tag));
        assertFalse("an aggregate-only answer", feedback.toString().contains("Ben's pulse" + tag));
        assertFalse("nothing of Ana's for Ben to read", as(ben).get("/me/export").json().getJsonObject("features")
                .getJsonObject("feedback").containsKey("feedback_you_may_read"));
    }

    @Test
    public void aPersonExportsThemselfAndOnlyTheAdminTokenSomeoneElse() {
        Http.Reply own = as(ben).get("/me/export");
        assertEquals(own.body(), 200, own.status());
        assertEquals(ben, own.json().getString("personId"));
        assertTrue(own.body().contains("Ben's private view"));
        assertFalse(own.body().contains("Ana's own worry"));
        assertEquals(401, as(ben).get("/admin/people/" + ana + "/export").status());
        assertEquals(401, http.get("/me/export").status());
        assertEquals(404, http.as("Bearer " + ServerOptions.ADMIN_TOKEN).get("/admin/people/nobody/export").status());
        Http.Reply schema = http.get("/privacy/export-schema.json");
        assertEquals(200, schema.status());
        assertEquals("urn:tandem:personal-data-export:1", schema.json().getString("$id"));
    }

    /** Issue 18's access log: a coordinator reading a mentee's relationship is logged, the members' own reads are not. */
    @Test
    public void aCoordinatorsReadIsLoggedAndTheMembersOwnAreNot() {
        String carla = person("Carla Coordinator");
        Http admin = http.as("Bearer " + ServerOptions.ADMIN_TOKEN);
        int before = admin.get("/admin/privacy/access-log?person=" + ana).jsonArray().size();
        ok(as(ana).get(at("/workflow")), 200);
        ok(as(ben).get(at("/meetings")), 200);
        ok(as(ana).get("/people/" + ana), 200);
        ok(as(ben).get(at("")), 200);
        assertEquals("the members' own reads", before,
                admin.get("/admin/privacy/access-log?person=" + ana).jsonArray().size());
        ok(http.as("Bearer coordinator:" + carla).get(at("/workflow")), 200);
        JsonArray log = admin.get("/admin/privacy/access-log?person=" + ana).jsonArray();
        assertEquals(before + 1, log.size());
        JsonObject read = log.getJsonObject(0);
        assertEquals(carla, read.getString("actorId"));
        assertEquals("person", read.getString("actorKind"));
        assertEquals("export-tenant", read.getString("tenant"));
        assertEquals("GET /api/relationships/{id}/workflow", read.getString("what"));
        assertEquals(1, admin.get("/admin/privacy/access-log?person=" + ben).jsonArray().size());
        // the relationship itself: its answer names the members, who are logged without a second read
        ok(http.as("Bearer coordinator:" + carla).get(at("")), 200);
        for (String member : List.of(ana, ben)) {
            JsonObject latest = admin.get("/admin/privacy/access-log?person=" + member).jsonArray().getJsonObject(0);
            assertEquals("GET /api/relationships/{id}", latest.getString("what"));
            assertEquals(carla, latest.getString("actorId"));
        }
        assertEquals(2, admin.get("/admin/privacy/access-log?person=" + ben).jsonArray().size());
        ok(admin.get("/admin/people/" + ana + "/export"), 200);
        assertEquals("admin-token", admin.get("/admin/privacy/access-log?person=" + ana).jsonArray().getJsonObject(0)
                .getString("actorKind"));
        assertEquals(401, as(ana).get("/admin/privacy/access-log").status());
        assertEquals(400, admin.get("/admin/privacy/access-log?limit=0").status());
        JsonArray newest = admin.get("/admin/privacy/access-log?limit=2").jsonArray(); // everyone's, the newest two
        assertEquals(2, newest.size());
        assertEquals("admin-token", newest.getJsonObject(0).getString("actorKind"));
        assertFalse(java.time.Instant.parse(newest.getJsonObject(0).getString("readAt"))
                .isBefore(java.time.Instant.parse(newest.getJsonObject(1).getString("readAt"))));
    }

    /**
     * Issue 18's erasure, after the whole relationship: no table holds the person's name, e-mail, LMS
     * subject or any text they wrote; the partner's own notes, reflection and preparation stay; the
     * feedback aggregates do not change; a second erasure changes nothing; the same LMS user would start
     * a fresh person.
     */
    @Test
    public void anErasedPersonLeavesNoTraceAndOthersKeepWhatIsTheirs() throws Exception {
        Http admin = http.as("Bearer " + ServerOptions.ADMIN_TOKEN);
        Http carla = http.as("Bearer coordinator:" + person("Carla Coordinator"));
        String cleo = person("Cleo Second");
        String dan = person("Dan Second");
        String second = relationships.create(new Relationship(null, 0, program, null, List.of(
                new Member(cleo, MemberRole.MENTEE, null), new Member(dan, MemberRole.MENTOR, MentorRole.CAREER)),
                null, null)).id();
        String course = admin.get("/catalog/courses").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("key").equals("entering-mentoring")).findFirst().orElseThrow().getString("id");
        ok(admin.post("/people/" + ana + "/training/completions", "{\"courseId\":\"" + course + "\",\"completedOn\":"
                + "\"2026-09-01\",\"evidence\":\"Ana's certificate 4711" + tag + "\"}"), 201);
        ok(as(ana).post(at("/meetings"), "{\"startsAt\":\"2026-11-01T10:00:00Z\",\"minutes\":30,\"status\":\"PLANNED\","
                + "\"agenda\":\"Ana's agenda item" + tag + "\",\"location\":\"Ana's office 3.14" + tag + "\"}"), 201);
        ok(as(ana).post(at("/challenges"), "{\"title\":\"Ana's challenge" + tag + "\",\"description\":\"Ana finds time hard" + tag + "\"}"), 201);
        String results = "/programs/" + program + "/feedback/results?template=relationship-pulse";
        Map<String, String> answered = Map.of(ana, "Ana's free text" + tag, ben, "Ben's free text", cleo, "Cleo's free text",
                dan, "Dan's free text");
        for (String r : List.of(pair, second)) {
            Http.Reply form = carla.post("/programs/" + program + "/feedback/forms", "{\"templateKey\":"
                    + "\"relationship-pulse\",\"relationshipId\":\"" + r + "\",\"recipients\":\"ALL\",\"answerWithinDays\":14}");
            ok(form, 201);
            for (String p : r.equals(pair) ? List.of(ana, ben) : List.of(cleo, dan)) {
                ok(as(p).post("/feedback/forms/" + form.json().getString("id") + "/response", "{\"answers\":{\"quality\":"
                        + (p.equals(ana) ? 2 : 5) + ",\"trust\":4,\"time\":3,\"support\":[\"career\"],\"change\":\""
                        + answered.get(p) + "\"}}"), 200);
            }
        }
        String aggregates = carla.get(results).body();
        assertTrue(aggregates, aggregates.contains("\"respondents\":4"));
        ok(as(ana).post(at("/workflow/transitions"), "{\"to\":\"CLOSING\",\"reason\":\"Ana's reason to close" + tag + "\","
                + "\"version\":2}"), 200);
        ok(as(ana).put(at("/reflections/me"), null, "{\"reflection\":\"Ana's reflection" + tag + "\",\"whatWorked\":\"Ana's what"
                + " worked" + tag + "\",\"wouldRecommend\":true}"), 204);
        ok(as(ben).put(at("/reflections/me"), null, "{\"reflection\":\"Ben's reflection\"}"), 204);
        achieveTheGoal();
        ok(as(ben).post(at("/workflow/transitions"), "{\"to\":\"CLOSED\",\"version\":3}"), 200);
        Waits.until("Ben's inbox names Ana", () -> dump().stream().anyMatch(l -> l.startsWith("notify_items")
                && l.contains("Ana Exported" + tag) && l.contains(ben)));
        List<String> written = new ArrayList<>(List.of("ana.exported" + tag.substring(2) + "@example.edu", anaSubject));
        for (String text : List.of("Ana Exported", "Research independence", "Ana leads", "Talk first", "Ana's own worry",
                "Submit a paper", "Under review", "Plan my career", "Own lab", "Ana's agenda item", "Ana's office 3.14",
                "Ana's challenge", "Ana finds time hard", "Ana's reason to close", "Ana's reflection", "Ana's what worked",
                "Ana's free text", "Ana's certificate 4711")) {
            written.add(text + tag);
        }
        assertEquals("the test finds everything it looks for", written.size(), found(written).stream()
                .map(f -> f.substring(f.indexOf(": ") + 2)).distinct().count());
        settled();

        Http.Reply erased = admin.postEmpty("/admin/people/" + ana + "/erasure");
        assertEquals(erased.body(), 200, erased.status());
        assertFalse(erased.json().getBoolean("again"));
        assertEquals("admin-token", erased.json().getString("actorKind"));
        assertEquals(List.of(), found(written));
        List<String> afterwards = dump();
        for (String kept : List.of("Ben's private view", "Outline agreed", "Ben's reflection", "Research advice",
                "Ben's free text", "Cleo's free text")) {
            assertTrue("the others' own data stays: " + kept, afterwards.stream().anyMatch(l -> l.contains(kept)));
        }
        assertEquals("the aggregates do not change", aggregates, carla.get(results).body());
        JsonObject former = admin.get("/people/" + ana).json();
        assertEquals("A former participant", former.getString("displayName"));
        assertEquals("CLOSED", as(ben).get(at("/workflow")).json().getString("phase"));
        assertTrue(people.findByPlatformIdentity("https://moodle.example.edu", anaSubject).isEmpty());
        assertFalse("a later launch starts a fresh person", ana.equals(people.create(new Person(null, 0,
                "https://moodle.example.edu", anaSubject, "Ana Exported" + tag, null, "en")).id()));

        List<String> mentioning = afterwards.stream().filter(l -> l.contains(ana) && !l.startsWith("privacy_access_log"))
                .toList();
        Http.Reply again = admin.postEmpty("/admin/people/" + ana + "/erasure");
        assertEquals(again.body(), 200, again.status());
        assertTrue(again.json().getBoolean("again"));
        assertEquals(erased.json().getString("erasedAt"), again.json().getString("erasedAt"));
        assertEquals("a second erasure changes nothing", mentioning, dump().stream().filter(l -> l.contains(ana)
                && !l.startsWith("privacy_access_log")).toList());
        JsonArray record = admin.get("/admin/privacy/erasures").jsonArray();
        assertTrue(record.getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("personId").equals(ana)));
        assertFalse("the record holds no erased data", record.toString().contains("Ana Exported" + tag));
    }

    /** A mentor erases no one; another institution sees no one; a coordinator erases only who left the course and is nowhere else. */
    @Test
    public void onlyAProgramsAdministratorsEraseAndOnlyThoseWhoLeft() {
        String carla = person("Carla Coordinator");
        Http coordinator = http.as("Bearer coordinator:" + carla);
        String base = "/programs/" + program + "/privacy/people/";
        ModelApiBehaviour.expectProblem(as(ben).get(base + ana + "/export"), 403, "forbidden", null);
        ModelApiBehaviour.expectProblem(as(ben).postEmpty(base + ana + "/erasure"), 403, "forbidden", null);
        Http elsewhere = http.as("Bearer elsewhere:" + person("Olga Otheruni"));
        ModelApiBehaviour.expectProblem(elsewhere.get(base + ana + "/export"), 404, "not-found", null);
        ModelApiBehaviour.expectProblem(elsewhere.postEmpty(base + ana + "/erasure"), 404, "not-found", null);
        ModelApiBehaviour.expectProblem(coordinator.get(base + person("Not Here") + "/export"), 404, "not-found", null);
        assertEquals(401, http.postEmpty(base + ana + "/erasure").status());

        Http.Reply export = coordinator.get(base + ana + "/export");
        assertEquals(export.body(), 200, export.status());
        Http admin = http.as("Bearer " + ServerOptions.ADMIN_TOKEN);
        assertTrue("the coordinator's export is logged", admin.get("/admin/privacy/access-log?person=" + ana)
                .jsonArray().getValuesAs(JsonObject.class).stream().anyMatch(r -> carla.equals(r.getString("actorId"))
                        && r.getString("what").endsWith("/privacy/people/{personId}/export")));

        ModelApiBehaviour.expectProblem(coordinator.postEmpty(base + ana + "/erasure"), 409, null, null);
        participants.deactivateAllBut(program, Set.of(ben));
        String other = programs.create(new Program(null, 0, "Another program", null, MentoringModel.ONE_TO_ONE, true,
                null, null, "export-tenant")).id();
        participants.record(new Participant(other, ana, false, true, false, false, false, "lti", null));
        Http.Reply nowhereElse = coordinator.postEmpty(base + ana + "/erasure");
        ModelApiBehaviour.expectProblem(nowhereElse, 409, null, null);
        assertTrue(nowhereElse.body(), nowhereElse.body().contains("1 program(s) you do not administer"));

        participants.deactivateAllBut(program, Set.of());
        Http.Reply erased = coordinator.postEmpty(base + ben + "/erasure");
        assertEquals(erased.body(), 200, erased.status());
        assertEquals("coordinator", erased.json().getString("actorKind"));
        assertEquals(carla, erased.json().getString("actorId"));
        assertEquals("export-tenant", erased.json().getString("tenant"));
        assertEquals(404, admin.postEmpty("/admin/people/nobody/erasure").status());
        assertEquals(401, as(ana).postEmpty("/admin/people/" + ana + "/erasure").status());
    }

    /** A program's list of its people is an access to each of them, logged once per person. */
    @Test
    public void aCoordinatorsParticipantListIsLoggedPerPerson() {
        String carla = person("Carla Coordinator");
        ok(http.as("Bearer coordinator:" + carla).get("/programs/" + program + "/participants"), 200);
        Http admin = http.as("Bearer " + ServerOptions.ADMIN_TOKEN);
        for (String p : List.of(ana, ben)) {
            assertEquals(1, admin.get("/admin/privacy/access-log?person=" + p).jsonArray().getValuesAs(JsonObject.class)
                    .stream().filter(r -> r.getString("what").equals("GET /api/programs/{programId}/participants"))
                    .count());
        }
    }

    /**
     * Retention with the clock moved forward: a relationship closed longer ago than its program's
     * anonymiseAfterMonths loses the text its members wrote (phases, dates and numbers stay), once even
     * when two nodes run the job at once; launch records older than launchRecordDays go, newer stay.
     */
    @Test
    public void aClosedRelationshipIsAnonymisedWhenItsTimeComesAndOnlyOnce() throws Exception {
        Http carla = http.as("Bearer coordinator:" + person("Carla Coordinator"));
        String retention = "/programs/" + program + "/privacy/retention";
        assertEquals(24, carla.get(retention).json().getInt("anonymiseAfterMonths"));
        ModelApiBehaviour.expectProblem(carla.put(retention, null, "{\"anonymiseAfterMonths\":0}"), 400, null,
                "anonymiseAfterMonths");
        ModelApiBehaviour.expectProblem(as(ben).put(retention, null, "{\"anonymiseAfterMonths\":6}"), 403, "forbidden",
                null);
        Http.Reply set = carla.put(retention, null, "{\"anonymiseAfterMonths\":6}");
        assertEquals(set.body(), 200, set.status());
        assertEquals(6, set.json().getInt("anonymiseAfterMonths"));
        assertEquals(30, set.json().getInt("launchRecordDays"));
        ok(as(ana).post(at("/workflow/transitions"), "{\"to\":\"CLOSING\",\"reason\":\"Ana's reason to close\","
                + "\"version\":2}"), 200);
        ok(as(ana).put(at("/reflections/me"), null, "{\"reflection\":\"Ana's reflection\"}"), 204);
        ok(as(ben).put(at("/reflections/me"), null, "{\"reflection\":\"Ben's reflection\"}"), 204);
        achieveTheGoal();
        ok(as(ben).post(at("/workflow/transitions"), "{\"to\":\"CLOSED\",\"version\":3}"), 200);
        List<String> texts = List.of("Research independence" + tag, "Outline agreed", "Ana's own worry" + tag,
                "Ben's private view", "Ana's reflection", "Ben's reflection", "Ana's reason to close", "Submit a paper" + tag,
                "Research advice");
        assertEquals(texts.size(), foundIn(texts, pair).size());

        java.time.Instant now = java.time.Instant.now();
        String old = session(now.minus(java.time.Duration.ofDays(40)));
        String recent = session(now.minus(java.time.Duration.ofDays(10)));
        assertEquals(0, anonymised(retention(now)));
        assertEquals(0L, (long) database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM lti_sessions WHERE token_hash = ?", old)));
        assertEquals(1L, (long) database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM lti_sessions WHERE token_hash = ?", recent)));

        assertEquals("not yet after five months", 0, anonymised(retention(now.plus(java.time.Duration.ofDays(150)))));
        assertEquals(texts.size(), foundIn(texts, pair).size());
        java.time.Instant later = now.plus(java.time.Duration.ofDays(190));
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> runs = nodes.invokeAll(List.of(() -> retention(later),
                    () -> retention(later)));
            assertEquals("two nodes anonymise it once", 1, anonymised(runs.get(0).get()) + anonymised(runs.get(1).get()));
        } finally {
            nodes.shutdown();
        }
        assertEquals(List.of(), foundIn(texts, pair));
        assertEquals("CLOSED", as(ben).get(at("/workflow")).json().getString("phase"));
        assertEquals(1, as(ben).get(at("/meetings")).jsonArray().size());
        assertEquals("ACHIEVED", as(ben).get(at("/goals")).jsonArray().getJsonObject(0).getString("status"));
        assertEquals(0, anonymised(retention(later)));
    }

    private void achieveTheGoal() {
        JsonObject goal = as(ana).get(at("/goals")).jsonArray().getJsonObject(0);
        ok(as(ana).put(at("/goals/" + goal.getString("id")), "\"" + goal.getJsonNumber("version") + "\"",
                "{\"title\":\"" + goal.getString("title") + "\",\"measure\":\"" + goal.getString("measure")
                        + "\",\"ownerId\":\"" + ana
                        + "\",\"dueOn\":\"2027-06-30\",\"progress\":100,\"status\":\"ACHIEVED\"}"), 200);
    }

    /** Until what the features do in reaction to the relationship's last changes is done (a second without change in its rows). */
    private void settled() throws InterruptedException {
        List<String>[] last = new List[] {List.of()};
        Waits.until("the relationship's notifications are written", () -> {
            // this test's rows only: other tests leave forms whose reminders keep changing theirs
            List<String> now = dump().stream().filter(l -> !l.startsWith("privacy_access_log")
                    && (l.contains(ana) || l.contains(ben) || l.contains(pair))).toList();
            boolean same = now.equals(last[0]);
            last[0] = now;
            if (!same) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return same;
        });
    }

    /** Every row of every declared table, one line each: table, then each column's value. */
    private List<String> dump() {
        List<String> out = new ArrayList<>();
        List<PersonalData> declared;
        try {
            declared = Declarations.of(context);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        java.util.Set<String> existing = database.inTransaction(c -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            try (java.sql.ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            return names;
        });
        for (PersonalData d : declared) {
            for (PersonalData.Table t : d.tables()) {
                if (!existing.contains(t.name())) {
                    continue; // a feature that never ran here (try-it mode) has no tables
                }
                out.addAll(database.inTransaction(c -> Sql.query(c, "SELECT * FROM " + t.name(), rs -> {
                    StringBuilder line = new StringBuilder(t.name());
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        line.append('\t').append(v instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                                : String.valueOf(v));
                    }
                    return line.toString();
                })));
            }
        }
        return out;
    }

    /** Where any of these texts still is: "table: text". */
    private List<String> found(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String line : dump()) {
            texts.stream().filter(line::contains).forEach(x -> out.add(line.substring(0, line.indexOf('\t')) + ": " + x));
        }
        return out;
    }

    /** The texts still found in rows that name the relationship (or its meetings). */
    private List<String> foundIn(List<String> texts, String relationship) {
        List<String> meetings = database.inTransaction(c -> Sql.query(c, "SELECT id FROM meetings WHERE relationship_id = ?",
                rs -> rs.getString(1), relationship));
        List<String> out = new ArrayList<>();
        for (String line : dump()) {
            if (line.contains(relationship) || meetings.stream().anyMatch(line::contains)) {
                texts.stream().filter(line::contains).filter(x -> !out.contains(x)).forEach(out::add);
            }
        }
        return out;
    }

    private String session(java.time.Instant created) {
        String token = "retention-" + java.util.UUID.randomUUID();
        database.inTransaction(c -> Sql.update(c, "INSERT INTO lti_sessions (token_hash, person_id, platform_id, tenant,"
                + " tenant_admin, program_id, tool_roles, deployment_id, created_at, expires_at) VALUES (?, ?, 'p',"
                + " 'export-tenant', ?, NULL, 'mentee', 'd', ?, ?)", token, ana, false, java.sql.Timestamp.from(created),
                java.sql.Timestamp.from(created.plus(java.time.Duration.ofDays(400)))));
        return token;
    }

    /** The retention job's own run at a given moment (its class is the privacy bundle's, not exported). */
    private Object retention(java.time.Instant at) throws Exception {
        org.osgi.framework.ServiceReference<?> ref = context.getServiceReference("org.tandem.privacy.internal.Retention");
        Object job = context.getService(ref);
        try {
            return job.getClass().getMethod("runAt", java.time.Instant.class).invoke(job, at);
        } finally {
            context.ungetService(ref);
        }
    }

    private static int anonymised(Object run) throws Exception {
        java.lang.reflect.Method m = run.getClass().getMethod("anonymised");
        m.setAccessible(true);
        return (int) m.invoke(run);
    }

    private String person(String name) {
        return people.create(new Person(null, 0, "https://moodle.example.edu", name + System.nanoTime(), name, null,
                "en")).id();
    }

    private Http as(String personId) {
        return http.as("Bearer export:" + personId);
    }

    private String at(String rest) {
        return "/relationships/" + pair + rest;
    }

    private static void ok(Http.Reply r, int status) {
        assertEquals(r.body(), status, r.status());
    }
}
