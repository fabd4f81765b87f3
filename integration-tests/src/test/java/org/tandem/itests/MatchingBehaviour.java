package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
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
import org.tandem.model.CareerStage;
import org.tandem.model.MentoringModel;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Profile;
import org.tandem.model.ProfileRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.CallerResolver;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;

/**
 * Matching over HTTP on the real bundles: an admin-led run (optimal, explained, constrained, edited,
 * published as relationships) and self-match (suggestions, a request declined and moved on, one left
 * unanswered past its date and moved on by the sweeper, one accepted). Callers come from a test
 * {@link CallerResolver}: {@code Bearer m:<personId>}.
 */
public abstract class MatchingBehaviour {
    @Inject
    protected BundleContext context;
    @Inject
    protected ProgramRepository programs;
    @Inject
    protected PersonRepository people;
    @Inject
    protected ProfileRepository profiles;
    @Inject
    protected ParticipantRepository participants;
    @Inject
    protected Database db;

    private ServiceRegistration<CallerResolver> resolver;
    private final Map<String, Set<String>> admins = new HashMap<>();
    private Http http;
    private String program;
    private String cora;
    private String ana;
    private String bo;
    private String cy;
    private String ruth;
    private String sam;
    private String tess;

    @Before
    public void aProgramWithMenteesAndMentors() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        http = new Http(System.getProperty("tandem.it.base"));
        // every feature started (its tables migrated) before the data is written, as in DataRightsBehaviour
        Waits.settled("the API answers", () -> http.as("Bearer " + ServerOptions.ADMIN_TOKEN).get("/programs")
                .status() == 200);
        program = programs.create(new Program(null, 0, "Faculty mentoring", null, MentoringModel.ONE_TO_ONE, true, null,
                null, "match-tenant")).id();
        cora = person("Cora Coordinator", null);
        ana = mentee("Ana", List.of("genomics", "grant writing"));
        bo = mentee("Bo", List.of("ecology"));
        cy = mentee("Cy", List.of("teaching"));
        ruth = mentor("Dr Ruth", List.of("genomics", "grant writing"), 1);
        sam = mentor("Dr Sam", List.of("ecology", "genomics"), 2);
        tess = mentor("Dr Tess", List.of("policy"), 1);
        admins.put(cora, Set.of(program));
        resolver = context.registerService(CallerResolver.class, this::resolve, null);
        Waits.settled("the matching API answers", () -> http.get(base("/settings")).status() == 401);
    }

    @After
    public void unregister() {
        if (resolver != null) {
            resolver.unregister();
        }
    }

    private Optional<Caller> resolve(String header) {
        return header.startsWith("Bearer m:") ? Optional.of(new Caller(header.substring(9), "match-tenant", false,
                admins.getOrDefault(header.substring(9), Set.of()))) : Optional.empty();
    }

    private String person(String name, Profile profile) {
        return people.create(new Person(null, 0, "https://lms.example.edu", name + System.nanoTime(), name, null, "en"))
                .id();
    }

    private String mentee(String name, List<String> areas) {
        String id = person(name, null);
        profiles.save(new Profile(id, 0, CareerStage.POSTDOC, areas, null, null, List.of("honesty"), null, List.of(),
                List.of("Tue am"), null));
        participants.record(new Participant(program, id, false, true, false, false, true, "manual"));
        return id;
    }

    private String mentor(String name, List<String> areas, int capacity) {
        String id = person(name, null);
        profiles.save(new Profile(id, 0, CareerStage.SENIOR_FACULTY, areas, null, null, List.of("honesty"), null,
                List.of(), List.of("Tue am"), capacity));
        participants.record(new Participant(program, id, false, false, true, false, true, "manual"));
        return id;
    }

    private Http as(String personId) {
        return http.as("Bearer m:" + personId);
    }

    private String base(String rest) {
        return "/programs/" + program + "/matching" + rest;
    }

    private static Http.Reply ok(Http.Reply r, int status) {
        assertEquals(r.body(), status, r.status());
        return r;
    }

    private static JsonObject proposalOf(JsonObject run, String menteeId) {
        return run.getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("menteeId").equals(menteeId)).findFirst().orElseThrow();
    }

    @Test
    public void anAdminLedRunIsOptimalExplainedEditableAndPublished() {
        assertEquals(403, as(ana).put(base("/settings"), null, "{\"version\":0,\"fairness\":true}").status());
        Http.Reply bad = as(cora).put(base("/settings"), null, "{\"version\":0,\"weights\":{\"GOALS\":90,"
                + "\"CAREER_STAGE\":0,\"VALUES\":0,\"WORK_STYLE\":0,\"AVAILABILITY\":0,\"ROLE\":0,\"LANGUAGE\":0,"
                + "\"PREFERENCE\":0}}");
        ModelApiBehaviour.expectProblem(bad, 400, "validation", "weights");
        Http.Reply badInGerman = as(cora).speaking("de-DE,de;q=0.9").put(base("/settings"), null,
                "{\"version\":0,\"weights\":{\"GOALS\":90,\"CAREER_STAGE\":0,\"VALUES\":0,\"WORK_STYLE\":0,"
                + "\"AVAILABILITY\":0,\"ROLE\":0,\"LANGUAGE\":0,\"PREFERENCE\":0}}");
        assertEquals("issue 19.7: the problem's title in the reader's language", "Einige Felder brauchen Ihre"
                + " Aufmerksamkeit", badInGerman.json().getString("title"));
        ok(as(ana).put(base("/profiles/me"), null, "{\"version\":0,\"conflicts\":[\"" + ruth + "\"]}"), 200);

        Http.Reply made = ok(as(cora).postEmpty(base("/runs")), 201);
        JsonObject run = made.json();
        assertEquals(3, run.getInt("slots"));
        assertEquals(3, run.getInt("matched"));
        assertTrue("proven optimal over all pairs", run.getBoolean("certified"));
        assertNotEquals("Ruth supervises Ana: never proposed", ruth, proposalOf(run, ana).getString("mentorId"));
        assertEquals("Ruth's genomics and grants fit Ana, but Sam is next best", sam, proposalOf(run, ana).getString("mentorId"));
        reasonsAreInTheReadersLanguage(run.getString("id"));
        for (JsonObject p : run.getJsonArray("proposals").getValuesAs(JsonObject.class)) {
            double sum = p.getJsonArray("breakdown").getValuesAs(JsonObject.class).stream()
                    .mapToDouble(x -> x.getJsonNumber("points").doubleValue()).sum();
            assertEquals("the breakdown adds up to the score", p.getJsonNumber("score").doubleValue(), sum, 0.001);
        }
        String runId = run.getString("id");
        int anaSlot = proposalOf(run, ana).getInt("slot");
        Http.Reply conflict = as(cora).put(base("/runs/" + runId + "/proposals/" + anaSlot), null,
                "{\"mentorId\":\"" + ruth + "\",\"version\":" + run.getInt("version") + "}");
        ModelApiBehaviour.expectProblem(conflict, 409, "conflict", null);
        assertTrue(conflict.body(), conflict.body().contains("conflict of interest"));
        int boSlot = proposalOf(run, bo).getInt("slot");
        JsonObject edited = ok(as(cora).put(base("/runs/" + runId + "/proposals/" + boSlot), null,
                "{\"mentorId\":null,\"version\":" + run.getInt("version") + "}"), 200).json();
        assertEquals(2, edited.getInt("matched"));
        assertEquals("a stale version is refused", 409, as(cora).put(base("/runs/" + runId + "/proposals/" + boSlot),
                null, "{\"mentorId\":null,\"version\":" + run.getInt("version") + "}").status());

        JsonObject published = ok(as(cora).post(base("/runs/" + runId + "/publication"), "{\"version\":"
                + edited.getInt("version") + "}"), 200).json();
        assertEquals("PUBLISHED", published.getString("status"));
        String relationship = proposalOf(published, ana).getString("relationshipId");
        ok(as(ana).get("/relationships/" + relationship), 200);
        assertEquals(409, as(cora).post(base("/runs/" + runId + "/publication"), "{\"version\":"
                + published.getInt("version") + "}").status());
        JsonObject again = ok(as(cora).postEmpty(base("/runs")), 201).json();
        assertEquals("Ana and Cy are paired now: only Bo is open", 1, again.getInt("slots"));
        assertEquals(bo, again.getJsonArray("proposals").getJsonObject(0).getString("menteeId"));
    }

    /** Issue 19.7: a stored run's reasons are put into words for each reader, English or German. */
    private void reasonsAreInTheReadersLanguage(String runId) {
        List<String> english = reasons(as(cora).get(base("/runs/" + runId)));
        List<String> german = reasons(as(cora).speaking("de").get(base("/runs/" + runId)));
        assertEquals(english.size(), german.size());
        for (int i = 0; i < english.size(); i++) {
            assertNotEquals("reason " + i + " is translated: " + german.get(i), english.get(i), german.get(i));
        }
        assertTrue(german.toString(), german.contains("kein Wunsch angegeben"));
        assertTrue(english.toString(), english.contains("no preference stated"));
    }

    private static List<String> reasons(Http.Reply run) {
        assertEquals(run.body(), 200, run.status());
        return run.json().getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("breakdown").getValuesAs(JsonObject.class).stream())
                .map(b -> b.getString("why")).toList();
    }

    @Test
    public void selfMatchRequestsAreDeclinedExpiredAndAcceptedAndMoveOn() throws Exception {
        ok(as(cora).put(base("/settings"), null, "{\"version\":0,\"answerWithinDays\":3}"), 200);
        List<JsonObject> suggested = ok(as(bo).get(base("/suggestions")), 200).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(3, suggested.size());
        assertEquals("ecology: Sam first", sam, suggested.get(0).getString("mentorId"));
        assertTrue(suggested.get(0).getJsonNumber("score").doubleValue() >= suggested.get(1).getJsonNumber("score").doubleValue());
        assertEquals(403, as(bo).get(base("/suggestions?menteeId=" + ana)).status());

        JsonObject first = ok(as(bo).post(base("/requests"), "{\"mentorId\":\"" + sam + "\"}"), 201).json();
        assertEquals("PENDING", first.getString("status"));
        ModelApiBehaviour.expectProblem(as(bo).post(base("/requests"), "{\"mentorId\":\"" + ruth + "\"}"), 409,
                "conflict", null);
        assertEquals("only the mentor asked answers", 403,
                as(ruth).postEmpty(base("/requests/" + first.getString("id") + "/decline")).status());

        ok(as(sam).postEmpty(base("/requests/" + first.getString("id") + "/decline")), 200);
        JsonObject moved = pending(bo);
        assertEquals(first.getString("id"), moved.getString("forwardedFrom"));
        assertNotEquals(sam, moved.getString("mentorId"));
        assertFalse("a declined pair is never suggested again", as(bo).get(base("/suggestions")).body().contains(sam));

        db.inTransaction(c -> Sql.update(c, "UPDATE matching_requests SET due_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), moved.getString("id")));
        Waits.until("the unanswered request moves on", () -> {
            try {
                return !pending(bo).getString("id").equals(moved.getString("id"));
            } catch (AssertionError between) {
                return false;
            }
        });
        JsonObject third = pending(bo);
        assertEquals(moved.getString("id"), third.getString("forwardedFrom"));
        JsonObject expired = as(bo).get(base("/requests")).json().getJsonArray("sent").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("id").equals(moved.getString("id"))).findFirst().orElseThrow();
        assertEquals("EXPIRED", expired.getString("status"));

        String mentor = third.getString("mentorId");
        JsonObject accepted = ok(as(mentor).postEmpty(base("/requests/" + third.getString("id") + "/acceptance")), 200)
                .json();
        assertEquals("ACCEPTED", accepted.getString("status"));
        ok(as(bo).get("/relationships/" + accepted.getString("relationshipId")), 200);
        assertEquals("answered once", 409, as(mentor).postEmpty(base("/requests/" + third.getString("id")
                + "/acceptance")).status());
        assertEquals(0, as(bo).get(base("/suggestions")).jsonArray().size());
    }

    private JsonObject pending(String mentee) {
        return as(mentee).get(base("/requests")).json().getJsonArray("sent").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("status").equals("PENDING")).findFirst()
                .orElseThrow(() -> new AssertionError("no pending request"));
    }
}
