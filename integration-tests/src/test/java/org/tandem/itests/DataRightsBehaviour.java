package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
 * Issue 18's export: after a relationship taken into Enabling with a signed agreement, a goal, a held
 * meeting with a private note on each side and a completed training, a person's export holds every row
 * the database has for them in every declared table, their own private note and not their partner's;
 * only the admin token exports someone else, and a person exports themself.
 */
public abstract class ExportBehaviour {
    private static final String CONTENT = "{\"purpose\":\"Research independence\",\"goals\":\"See the plan\","
            + "\"roles\":\"Ana leads\",\"meetingEveryDays\":14,\"meetingMinutes\":45,\"meetingMode\":\"VIDEO\","
            + "\"confidentiality\":\"Ours\",\"problemResolution\":\"Talk first\"}";
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
    private ServiceRegistration<CallerResolver> resolver;
    private Http http;
    private String ana;
    private String ben;
    private String pair;
    private String program;

    @Before
    public void aRelationshipInEnabling() throws Exception {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        program = programs.create(new Program(null, 0, "Export pairs", null, MentoringModel.ONE_TO_ONE, true,
                null, null, "export-tenant")).id();
        ana = person("Ana Exported");
        ben = person("Ben Partner");
        pair = relationships.create(new Relationship(null, 0, program, null, List.of(
                new Member(ana, MemberRole.MENTEE, null), new Member(ben, MemberRole.MENTOR, MentorRole.RESEARCH)),
                null, null)).id();
        resolver = context.registerService(CallerResolver.class, h -> h.startsWith("Bearer export:")
                ? Optional.of(new Caller(h.substring("Bearer export:".length()), "export-tenant", false, Set.of()))
                : h.startsWith("Bearer coordinator:") ? Optional.of(new Caller(h.substring("Bearer coordinator:".length()),
                        "export-tenant", false, Set.of(program))) : Optional.empty(), null);
        http = new Http(System.getProperty("tandem.it.base"));
        Waits.settled("the workflow API answers", () -> as(ana).get(at("/workflow")).status() == 200);
        ok(as(ana).put(at("/preparation/me"), null, "{\"shortTermGoals\":\"Publish\",\"longTermGoals\":\"Own lab\","
                + "\"objectives\":\"Plan my career\",\"fitRating\":4}"), 204);
        ok(as(ben).put(at("/preparation/me"), null, "{\"offers\":\"Research advice\",\"capacity\":2}"), 204);
        ok(as(ben).postEmpty(at("/preparation/acceptance")), 204);
        ok(as(ana).post(at("/workflow/transitions"), "{\"to\":\"NEGOTIATING\",\"version\":0}"), 200);
        ok(as(ana).put(at("/agreement"), null, "{\"content\":" + CONTENT + ",\"revision\":0}"), 200);
        ok(as(ana).post(at("/agreement/signatures"), "{\"revision\":1}"), 200);
        ok(as(ben).post(at("/agreement/signatures"), "{\"revision\":1}"), 200);
        ok(as(ana).post(at("/goals"), "{\"title\":\"Submit a paper\",\"measure\":\"Under review\",\"ownerId\":\"" + ana
                + "\",\"dueOn\":\"2027-06-30\",\"progress\":10}"), 201);
        ok(as(ben).post(at("/workflow/transitions"), "{\"to\":\"ENABLING\",\"version\":1}"), 200);
        String meeting = as(ben).post(at("/meetings"), "{\"startsAt\":\"2026-10-01T14:00:00Z\",\"minutes\":45,"
                + "\"status\":\"HELD\",\"sharedNotes\":\"Outline agreed\"}").json().getString("id");
        ok(as(ana).put(at("/meetings/" + meeting + "/private-note"), null, "{\"note\":\"Ana's own worry\"}"), 204);
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
        ok(admin.get("/admin/people/" + ana + "/export"), 200);
        assertEquals("admin-token", admin.get("/admin/privacy/access-log?person=" + ana).jsonArray().getJsonObject(0)
                .getString("actorKind"));
        assertEquals(401, as(ana).get("/admin/privacy/access-log").status());
        assertEquals(400, admin.get("/admin/privacy/access-log?limit=0").status());
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
