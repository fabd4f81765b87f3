package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.json.JsonObject;
import org.junit.After;
import org.junit.Test;

/**
 * Mail delivery you can trust, on the shipped server jar against a real SMTP server in this JVM: the
 * SMTP server down while mail is made, the Tandem server killed with {@code kill -9} meanwhile and
 * started again, and (on PostgreSQL) two nodes sharing one outbox. Each mail is counted by its
 * Message-ID, which is the outbox row's id.
 */
public abstract class NotificationDeliveryBehaviour {
    private final List<AutoCloseable> open = new ArrayList<>();
    private Mailbox mailbox;
    @org.junit.Rule
    public final org.junit.rules.TestWatcher logOnFailure = new org.junit.rules.TestWatcher() {
        @Override
        protected void failed(Throwable e, org.junit.runner.Description d) {
            open.stream().filter(c -> c instanceof NotifiedServer).forEach(s -> System.out.println(
                    "The server's log for " + d.getMethodName() + ":\n" + ((NotifiedServer) s).log()));
        }
    };

    protected abstract Map<String, String> databaseEnv() throws Exception;

    protected abstract boolean sharedDatabase();

    @After
    public void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    public void mailMadeWhileSmtpIsDownAndTheServerIsKilledArrivesOnceWhenBothAreBack() throws Exception {
        mailbox = opened(new Mailbox());
        NotifiedServer server = opened(new NotifiedServer(databaseEnv(), mailbox));
        mailbox.stop();
        List<String> addresses = pairs(server, "down", 6);
        Waits.until("the outbox holds every mail, each tried and waiting", () -> {
            List<JsonObject> pending = outbox(server, "PENDING");
            return pending.size() == addresses.size() && pending.stream().anyMatch(m -> m.getInt("attempts") > 0
                    && m.getString("reason").contains("onnect"));
        });
        server.kill();
        mailbox.start();
        server.start();
        assertEveryMailOnce(addresses, 0);
        Waits.until("the outbox shows them sent", () -> outbox(server, "SENT").size() == addresses.size());
    }

    /** After a few failed attempts a mail waits longer and longer; the admin sends it all at once. */
    @Test
    public void theAdminSendsWhatWaitsAtOnceWhenSmtpIsBack() throws Exception {
        mailbox = opened(new Mailbox());
        NotifiedServer server = opened(new NotifiedServer(databaseEnv(), mailbox));
        mailbox.stop();
        List<String> addresses = pairs(server, "retry", 2);
        Waits.until("every mail tried three times", () -> {
            List<JsonObject> pending = outbox(server, "PENDING");
            return pending.size() == addresses.size() && pending.stream().allMatch(m -> m.getInt("attempts") >= 3);
        });
        // health names the failing mail server, but the server still serves; the metrics show what waits
        Http.Reply health = server.api().get("/health");
        assertEquals(health.body(), 200, health.status());
        JsonObject mail = health.json().getJsonObject("checks").getJsonObject("mail");
        assertEquals(health.body(), "DOWN", mail.getString("status"));
        assertTrue(mail.getString("detail"), mail.getString("detail").contains("does not take mail"));
        assertTrue(server.admin().get("/metrics").body().contains("tandem_notifications_outbox{status=\"pending\"} "
                + addresses.size() + ".0"));
        mailbox.start();
        Http.Reply retried = server.admin().postEmpty("/admin/notifications/outbox/retry");
        assertEquals(retried.body(), 200, retried.status());
        assertEquals(retried.body(), addresses.size(), retried.json().getInt("due"));
        assertEveryMailOnce(addresses, 0);
        Waits.until("health says mail goes again", () -> "UP".equals(server.api().get("/health").json()
                .getJsonObject("checks").getJsonObject("mail").getString("status")));
        assertEquals(401, server.api().postEmpty("/admin/notifications/outbox/retry").status());
    }

    @Test
    public void aServerKilledWhileSendingSendsTheRestAfterItsRestart() throws Exception {
        mailbox = opened(new Mailbox());
        NotifiedServer server = opened(new NotifiedServer(databaseEnv(), mailbox));
        List<String> addresses = new ArrayList<>(pairs(server, "kill", 40));
        Waits.until("the first mails arrive", () -> !mailbox.all().isEmpty());
        addresses.addAll(pairs(server, "last", 1)); // killed right after the change: its event is still in flight
        server.kill();
        int before = mailbox.all().size();
        server.start();
        // a mail the SMTP server took in the instant before the kill, not yet marked sent, goes again (one per
        // connection the dispatcher sends on: two as shipped), with the same Message-ID, so mail clients show it once
        assertEveryMailOnce(addresses, 2);
        System.out.println("kill -9 while sending: " + before + " of " + addresses.size() + " sent before the kill; "
                + (server.log().contains("Catching up on") ? "events lost in the kill were caught up on"
                        : "no event was lost in the kill"));
    }

    @Test
    public void twoNodesOnOneDatabaseSendEachMailExactlyOnce() throws Exception {
        org.junit.Assume.assumeTrue("several nodes share PostgreSQL only", sharedDatabase());
        mailbox = opened(new Mailbox());
        Map<String, String> env = databaseEnv();
        NotifiedServer a = opened(new NotifiedServer(env, mailbox));
        NotifiedServer b = opened(new NotifiedServer(env, mailbox));
        List<String> addresses = new ArrayList<>(pairs(a, "a", 20));
        addresses.addAll(pairs(b, "b", 20));
        assertEveryMailOnce(addresses, 0);
        long byA = a.admin().get("/admin/notifications/status").json().getJsonNumber("sentByThisNode").longValue();
        long byB = b.admin().get("/admin/notifications/status").json().getJsonNumber("sentByThisNode").longValue();
        System.out.println("two nodes: " + byA + " mails sent by one, " + byB + " by the other");
        assertEquals("the nodes' own counts add up: no mail handed to SMTP twice", addresses.size(), byA + byB);
    }

    /** {@code n} one-to-one pairs made by the admin API: 2n mails (a pairing mail and a request to mentor). */
    private List<String> pairs(NotifiedServer server, String tag, int n) {
        Http admin = server.admin();
        Http.Reply program = admin.post("/programs", "{\"name\":\"Delivery " + tag + "\",\"model\":\"ONE_TO_ONE\"}");
        assertEquals(program.body(), 201, program.status());
        String programId = program.json().getString("id");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String mentee = person(admin, tag + "-mentee-" + i);
            String mentor = person(admin, tag + "-mentor-" + i);
            Http.Reply r = admin.post("/relationships", "{\"programId\":\"" + programId + "\",\"members\":["
                    + "{\"personId\":\"" + mentee + "\",\"role\":\"MENTEE\"},{\"personId\":\"" + mentor
                    + "\",\"role\":\"MENTOR\",\"mentorRole\":\"GENERAL\"}]}");
            assertEquals(r.body(), 201, r.status());
            addresses.add(tag + "-mentee-" + i + "@uni.test");
            addresses.add(tag + "-mentor-" + i + "@uni.test");
        }
        return addresses;
    }

    private static String person(Http admin, String name) {
        Http.Reply p = admin.post("/people", "{\"subject\":\"" + name + "\",\"displayName\":\"" + name
                + "\",\"email\":\"" + name + "@uni.test\",\"locale\":\"en\"}");
        assertEquals(p.body(), 201, p.status());
        return p.json().getString("id");
    }

    /** Every address got its mail; by Message-ID, at most {@code resent} went twice, none more. */
    private void assertEveryMailOnce(List<String> addresses, int resent) throws Exception {
        try {
            Waits.until("every mail arrives", 90, () -> addresses.stream().allMatch(a -> !mailbox.to(a).isEmpty()));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; missing: " + addresses.stream()
                    .filter(a -> mailbox.to(a).isEmpty()).toList(), e);
        }
        Thread.sleep(2000); // a duplicate would come within a few dispatch rounds
        List<Mailbox.Mail> ours = mailbox.all().stream().filter(m -> addresses.contains(m.to())).toList();
        Map<String, Long> byId = ours.stream().collect(Collectors.groupingBy(Mailbox.Mail::messageId,
                Collectors.counting()));
        assertEquals("one mail per address", addresses.size(), byId.size());
        long twice = byId.values().stream().filter(c -> c > 1).count();
        assertTrue("mails sent twice: " + twice + " " + byId, twice <= resent && byId.values().stream()
                .allMatch(c -> c <= 2));
        Map<String, Long> perAddress = ours.stream().collect(Collectors.groupingBy(Mailbox.Mail::to,
                Collectors.counting()));
        assertTrue(perAddress.toString(), perAddress.values().stream().allMatch(c -> c <= 1 + resent));
    }

    private static List<JsonObject> outbox(NotifiedServer server, String status) {
        return server.admin().get("/admin/notifications/outbox?limit=1000&status=" + status).jsonArray().stream()
                .map(v -> v.asJsonObject()).toList();
    }

    private <T extends AutoCloseable> T opened(T c) {
        open.add(c);
        return c;
    }
}
