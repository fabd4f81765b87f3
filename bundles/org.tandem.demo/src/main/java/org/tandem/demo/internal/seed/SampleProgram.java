package org.tandem.demo.internal.seed;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonValue;
import org.tandem.demo.internal.platform.Cast;

/**
 * The sample program, made as its people would make it: every sample person launches once, the
 * coordinator pairs them, and each pair takes its relationship as far as its phase: Maya and Omar, and
 * Jonas and Lena (in German), into Enabling with a signed agreement, goals, meetings and a challenge;
 * Sam and Omar negotiating; Tom and Ana closing; Priya and Ana closed; Maya's second mentor Ana
 * preparing (a developmental network): every phase has a relationship. Mentors complete their training, everyone answers the pulse.
 */
final class SampleProgram {
    private final SelfHttp http;
    private final People people;
    private final Set<String> features;
    private String program;

    SampleProgram(SelfHttp http) throws IOException {
        this.http = http;
        this.people = new People(http);
        JsonArray all = (JsonArray) SelfHttp.json(http.api("GET", "/features", null, null, null).body());
        this.features = all.getValuesAs(JsonObject.class).stream().filter(f -> f.getBoolean("active"))
                .map(f -> f.getString("name")).collect(Collectors.toSet());
    }

    void fill() throws IOException {
        Launcher launcher = new Launcher(http);
        for (Cast.Person p : Cast.PEOPLE) {
            people.launched(p, launcher.launch(p));
        }
        program = ((JsonObject) people.get("coordinator", "/me")).getJsonArray("programs").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getBoolean("administers")).findFirst()
                .orElseThrow(() -> new IOException("The sample course made no program for its coordinator")).getString("id");
        if (features.contains("feedback")) {
            people.post("coordinator", "/programs/" + program + "/feedback/schedules", "{\"templateKey\":"
                    + "\"relationship-pulse\",\"trigger\":\"MATCHED\",\"answerWithinDays\":30,\"recipients\":\"ALL\"}", 201);
        }
        if (features.contains("catalog")) {
            training();
        }
        profiles();
        String maya = pair("mentee", "mentor", "CAREER", "Maya & Omar");
        String jonas = pair("mentee-de", "mentor-de", "RESEARCH", "Jonas & Lena");
        String sam = pair("sam", "mentor", "CAREER", "Sam & Omar");
        String tom = pair("tom", "ana", "PSYCHOSOCIAL", "Tom & Ana");
        String priya = pair("priya", "ana", "RESEARCH", "Priya & Ana");
        pair("mentee", "ana", "PSYCHOSOCIAL", "Maya & Ana");
        if (features.contains("workflow")) {
            Texts en = Texts.ENGLISH;
            enabling(maya, "mentee", "mentor", en);
            enabling(jonas, "mentee-de", "mentor-de", Texts.GERMAN);
            negotiating(sam, "sam", "mentor", en);
            enabling(tom, "tom", "ana", en);
            closing(tom, "tom");
            enabling(priya, "priya", "ana", en);
            closing(priya, "priya");
            close(priya, "priya", "ana");
        }
        if (features.contains("feedback")) {
            answerPulses();
        }
    }

    /**
     * Profiles: the mentors' research areas and capacity, and (where matching runs) what each offers and
     * what Maya still needs, so that her "Find a mentor" page suggests Lena for research.
     */
    private void profiles() throws IOException {
        profile("mentor", "SENIOR_FACULTY", "[\"statistics\",\"science careers\"]", 3);
        profile("mentor-de", "MID_CAREER_FACULTY", "[\"statistics\",\"education research\"]", 3);
        profile("ana", "SENIOR_FACULTY", "[\"well-being\",\"teaching\"]", 4);
        profile("mentee", "GRADUATE_STUDENT", "[\"statistics\",\"education research\"]", null);
        if (!features.contains("matching")) {
            return;
        }
        matching("mentor", "Biology", "[\"CAREER\",\"RESEARCH\"]", "[]");
        matching("mentor-de", "Education", "[\"RESEARCH\",\"CAREER\"]", "[]");
        matching("ana", "Psychology", "[\"PSYCHOSOCIAL\",\"CAREER\"]", "[]");
        matching("mentee", "Education", "[]", "[\"CAREER\",\"PSYCHOSOCIAL\",\"RESEARCH\"]");
    }

    private void profile(String key, String stage, String areas, Integer capacity) throws IOException {
        people.put(key, "/people/" + people.id(key) + "/profile", "{\"careerStage\":\"" + stage + "\",\"researchAreas\":"
                + areas + (capacity == null ? "" : ",\"mentorCapacity\":" + capacity) + "}", null, 201);
    }

    private void matching(String key, String department, String offered, String needed) throws IOException {
        people.put(key, "/programs/" + program + "/matching/profiles/me", "{\"version\":0,\"department\":\""
                + department + "\",\"languages\":[\"en\"],\"rolesOffered\":" + offered + ",\"rolesNeeded\":" + needed
                + "}", null, 200);
    }

    private String pair(String mentee, String mentor, String mentorRole, String title) throws IOException {
        return ((JsonObject) people.post("coordinator", "/relationships", "{\"programId\":\"" + program + "\",\"title\":\""
                + title + "\",\"members\":[{\"personId\":\"" + people.id(mentee) + "\",\"role\":\"MENTEE\"},{\"personId\":\""
                + people.id(mentor) + "\",\"role\":\"MENTOR\",\"mentorRole\":\"" + mentorRole + "\"}]}", 201))
                .getString("id");
    }

    private void prepared(String rel, String mentee, Texts t) throws IOException {
        people.put(mentee, at(rel, "/preparation/me"), "{\"shortTermGoals\":" + q(t.shortGoals()) + ",\"longTermGoals\":"
                + q(t.longGoals()) + ",\"objectives\":" + q(t.objectives()) + ",\"fitRating\":4}", null, 204);
    }

    private void negotiating(String rel, String mentee, String mentor, Texts t) throws IOException {
        prepared(rel, mentee, t);
        people.put(mentor, at(rel, "/preparation/me"), "{\"offers\":" + q(t.offers()) + ",\"capacity\":3}", null, 204);
        people.post(mentor, at(rel, "/preparation/acceptance"), null, 204);
        people.post(mentee, at(rel, "/workflow/transitions"), "{\"to\":\"NEGOTIATING\",\"version\":0}", 200);
        people.put(mentee, at(rel, "/agreement"), "{\"content\":" + t.agreement() + ",\"revision\":0}", null, 200);
    }

    private void enabling(String rel, String mentee, String mentor, Texts t) throws IOException {
        negotiating(rel, mentee, mentor, t);
        people.post(mentee, at(rel, "/agreement/signatures"), "{\"revision\":1}", 200);
        people.post(mentor, at(rel, "/agreement/signatures"), "{\"revision\":1}", 200);
        people.put(mentee, at(rel, "/plan"), "{\"selfAssessment\":" + q(t.selfAssessment()) + ",\"shortTermGoals\":"
                + q(t.shortGoals()) + ",\"longTermGoals\":" + q(t.longGoals()) + "}", "\"0\"", 200);
        LocalDate today = LocalDate.now();
        people.post(mentee, at(rel, "/goals"), goal(t.goal1(), t.measure1(), people.id(mentee), today.plusMonths(3), 40), 201);
        people.post(mentee, at(rel, "/goals"), goal(t.goal2(), t.measure2(), people.id(mentee), today.plusMonths(6), 10), 201);
        people.post(mentor, at(rel, "/workflow/transitions"), "{\"to\":\"ENABLING\",\"version\":1}", 200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        JsonObject held = (JsonObject) people.post(mentor, at(rel, "/meetings"), meeting(now.minus(20, ChronoUnit.DAYS),
                "HELD", t.notes1()), 201);
        people.post(mentor, at(rel, "/meetings"), meeting(now.minus(6, ChronoUnit.DAYS), "HELD", t.notes2()), 201);
        people.post(mentor, at(rel, "/meetings"), meeting(now.plus(8, ChronoUnit.DAYS), "PLANNED", null), 201);
        people.put(mentee, at(rel, "/meetings/" + held.getString("id") + "/private-note"), "{\"note\":"
                + q(t.privateNote()) + "}", null, 204);
        people.post(mentee, at(rel, "/challenges"), "{\"title\":" + q(t.challenge()) + ",\"description\":"
                + q(t.challengeText()) + "}", 201);
    }

    private void closing(String rel, String mentee) throws IOException {
        people.post(mentee, at(rel, "/workflow/transitions"), "{\"to\":\"CLOSING\",\"reason\":\"The year is over\","
                + "\"version\":2}", 200);
    }

    private void close(String rel, String mentee, String mentor) throws IOException {
        people.put(mentee, at(rel, "/reflections/me"), "{\"reflection\":\"I learned to plan my writing\","
                + "\"wouldRecommend\":true}", null, 204);
        people.put(mentor, at(rel, "/reflections/me"), "{\"reflection\":\"A rewarding year\"}", null, 204);
        String[] outcomes = {"ACHIEVED", "PARTLY_ACHIEVED"};
        int i = 0;
        for (JsonObject g : ((JsonArray) people.get(mentee, at(rel, "/goals"))).getValuesAs(JsonObject.class)) {
            people.put(mentee, at(rel, "/goals/" + g.getString("id")), "{\"title\":" + q(g.getString("title"))
                    + ",\"measure\":" + q(g.getString("measure")) + ",\"ownerId\":\"" + g.getString("ownerId")
                    + "\",\"dueOn\":\"" + g.getString("dueOn") + "\",\"progress\":100,\"status\":\""
                    + outcomes[i++ % 2] + "\"}", "\"" + g.getJsonNumber("version").longValue() + "\"", 200);
        }
        people.post(mentor, at(rel, "/workflow/transitions"), "{\"to\":\"CLOSED\",\"version\":3}", 200);
    }

    private void training() throws IOException {
        String course = ((JsonArray) people.get("coordinator", "/catalog/courses")).getValuesAs(JsonObject.class).stream()
                .filter(c -> "entering-mentoring".equals(c.getString("key"))).map(c -> c.getString("id")).findFirst()
                .orElse(null);
        if (course == null) {
            return;
        }
        for (String mentor : new String[] {"mentor", "mentor-de", "ana"}) {
            people.post(mentor, "/people/" + people.id(mentor) + "/training/completions", "{\"courseId\":\"" + course
                    + "\",\"completedOn\":\"" + LocalDate.now().minusDays(30) + "\"}", 201);
        }
    }

    /** Everyone answers the forms the pulse schedule sent them (they arrive a moment after the pairing). */
    private void answerPulses() throws IOException {
        int answered = 0;
        String[] change = {"More time for writing", "Clearer next steps", "Meet a little more often", "Nothing, it works"};
        for (int round = 0; round < 20 && answered < 8; round++) {
            for (Cast.Person p : Cast.PEOPLE) {
                if (p.instructor()) {
                    continue;
                }
                for (JsonValue v : (JsonArray) people.get(p.key(), "/feedback/forms")) {
                    JsonObject form = v.asJsonObject();
                    if (!"DUE".equals(form.getString("status", ""))) {
                        continue;
                    }
                    int n = answered++;
                    people.post(p.key(), "/feedback/forms/" + form.getString("id") + "/response", "{\"answers\":{"
                            + "\"quality\":" + (3 + n % 3) + ",\"trust\":" + (4 + n % 2) + ",\"time\":" + (2 + n % 3)
                            + ",\"support\":[\"career\"],\"change\":" + q(change[n % change.length]) + "}}", 200);
                }
            }
            SelfHttp.pause(500);
        }
    }

    private static String at(String rel, String rest) {
        return "/relationships/" + rel + rest;
    }

    private static String goal(String title, String measure, String owner, LocalDate due, int progress) {
        return "{\"title\":" + q(title) + ",\"measure\":" + q(measure) + ",\"ownerId\":\"" + owner + "\",\"dueOn\":\""
                + due + "\",\"progress\":" + progress + "}";
    }

    private static String meeting(Instant at, String status, String notes) {
        return "{\"startsAt\":\"" + at + "\",\"minutes\":45,\"mode\":\"VIDEO\",\"status\":\"" + status + "\","
                + "\"location\":\"https://meet.sample.tandem.invalid/room\"" + (notes == null ? "" : ",\"sharedNotes\":"
                + q(notes)) + "}";
    }

    static String q(String s) {
        return SelfHttp.quote(s);
    }
}
