package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.tandem.storage.Database;
import org.tandem.storage.PersonalData;
import org.tandem.storage.Sql;

/**
 * Issue 18's privacy register against the real database: every table that the server's migrations
 * made is declared by exactly one feature (so no bundle stores anything unnoticed), every column a
 * declaration names exists, and {@code docs/privacy.md} is the register as the server renders it.
 * Run with {@code -Dtandem.privacy.write=true} to write the page after changing a declaration.
 */
public abstract class PrivacyBehaviour {
    @Inject
    protected BundleContext context;
    @Inject
    protected Database database;
    private Http admin;

    @Before
    public void serverIsUp() throws InterruptedException {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        admin = new Http(System.getProperty("tandem.it.base")).as("Bearer " + ServerOptions.ADMIN_TOKEN);
        Waits.settled("the register answers", () -> admin.get("/admin/privacy").status() == 200);
    }

    @Test
    public void everyTableIsDeclaredOnceWithColumnsThatExist() throws Exception {
        assertTrue(tables().size() > 40);
        List<String> wrong = problems();
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    /** The check itself: a table that a bundle would create without declaring it is named. */
    @Test
    public void anUndeclaredTableIsFound() throws Exception {
        database.inTransaction(c -> Sql.update(c, "CREATE TABLE privacy_probe (person_id VARCHAR(36))"));
        try {
            assertTrue(problems().contains("privacy_probe is in the database, but no feature declares it (PersonalData)"));
        } finally {
            database.inTransaction(c -> Sql.update(c, "DROP TABLE privacy_probe"));
        }
    }

    private List<String> problems() throws Exception {
        Map<String, Set<String>> tables = tables();
        Map<String, String> declaredBy = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (PersonalData d : Declarations.of(context)) {
            for (PersonalData.Table t : d.tables()) {
                String before = declaredBy.put(t.name(), d.feature());
                if (before != null) {
                    wrong.add(t.name() + " is declared by " + before + " and by " + d.feature());
                }
                Set<String> columns = tables.get(t.name());
                if (columns != null) {
                    t.columns().stream().filter(c -> !columns.contains(c))
                            .forEach(c -> wrong.add(t.name() + "." + c + " is declared but is no column"));
                }
                if (t.personal() && t.erase() == null) {
                    wrong.add(t.name() + " holds personal data but declares no erasure (Table.onErase)");
                }
                if (t.erase() != null && columns != null) {
                    erasureSteps(t, columns, wrong);
                }
            }
        }
        tables.keySet().stream().filter(t -> !declaredBy.containsKey(t))
                .forEach(t -> wrong.add(t + " is in the database, but no feature declares it (PersonalData)"));
        return wrong;
    }

    /** Each erasure step names existing columns and is SQL both databases run (here on an id nobody has). */
    private void erasureSteps(PersonalData.Table t, Set<String> columns, List<String> wrong) {
        List<PersonalData.Erase.Step> steps = new ArrayList<>(t.erase().person());
        steps.addAll(t.erase().relationship());
        for (PersonalData.Erase.Step step : steps) {
            step.columns().stream().filter(c -> !columns.contains(c))
                    .forEach(c -> wrong.add(t.name() + "." + c + " is erased but is no column"));
            Object[] ids = java.util.Collections.nCopies((int) step.where().chars().filter(ch -> ch == '?').count(),
                    "nobody-" + java.util.UUID.randomUUID()).toArray();
            try {
                database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM " + t.name() + " WHERE ("
                        + step.where() + ")", ids));
            } catch (RuntimeException e) {
                wrong.add(t.name() + ": the erasure step " + step.where() + " fails: " + e.getMessage());
            }
        }
    }

    @Test
    public void thePrivacyPageIsTheRegister() throws Exception {
        Http.Reply page = admin.get("/admin/privacy?format=markdown");
        assertEquals(200, page.status());
        assertTrue(page.contentType(), page.contentType().startsWith("text/markdown"));
        Path file = Path.of(System.getProperty("tandem.conf", "../conf")).toAbsolutePath().getParent()
                .resolve("docs/privacy.md");
        if (Boolean.getBoolean("tandem.privacy.write")) {
            Files.writeString(file, page.body(), StandardCharsets.UTF_8);
        }
        assertEquals("docs/privacy.md differs from the register: run this test with -Dtandem.privacy.write=true",
                page.body(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    public void onlyTheAdminReadsTheRegister() {
        Http anonymous = new Http(System.getProperty("tandem.it.base"));
        assertEquals(401, anonymous.get("/admin/privacy").status());
        Http.Reply json = admin.get("/admin/privacy");
        assertTrue(json.body(), json.body().contains("\"name\":\"meeting_private_notes\""));
        assertEquals(400, admin.get("/admin/privacy?format=pdf").status());
    }

    /**
     * Retention of the access log, with the clock moved forward: a read older than accessLogDays (365)
     * goes, a newer one stays until its time comes; two nodes running the job at once delete it once.
     */
    @Test
    public void theAccessLogKeepsItsReadsForTheirRetentionOnly() throws Exception {
        java.time.Instant now = java.time.Instant.now();
        String old = read(now.minus(java.time.Duration.ofDays(400)));
        String recent = read(now.minus(java.time.Duration.ofDays(10)));
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> runs = nodes.invokeAll(List.of(() -> retention(now),
                    () -> retention(now)));
            assertTrue(runs.get(0).get() + runs.get(1).get() >= 1);
        } finally {
            nodes.shutdown();
        }
        assertEquals(0, count(old));
        assertEquals(1, count(recent));
        retention(now.plus(java.time.Duration.ofDays(360)));
        assertEquals(0, count(recent));
    }

    private String read(java.time.Instant at) {
        String id = java.util.UUID.randomUUID().toString();
        database.inTransaction(c -> Sql.update(c, "INSERT INTO privacy_access_log (id, read_at, actor_id, actor_kind,"
                + " tenant, subject_id, what) VALUES (?, ?, NULL, 'admin-token', NULL, 'someone', 'GET /api/test')", id,
                java.sql.Timestamp.from(at)));
        return id;
    }

    private long count(String id) {
        return database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM privacy_access_log WHERE id = ?", id));
    }

    /** The retention job's own run at a given moment (its class is the privacy bundle's, not exported). */
    private int retention(java.time.Instant at) throws Exception {
        ServiceReference<?> ref = context.getServiceReference("org.tandem.privacy.internal.AccessLogRetention");
        Object job = context.getService(ref);
        try {
            return (Integer) job.getClass().getMethod("runAt", java.time.Instant.class).invoke(job, at);
        } finally {
            context.ungetService(ref);
        }
    }

    /** Every table of the server's schema with its columns, in lower case. */
    private Map<String, Set<String>> tables() {
        return database.inTransaction(c -> {
            Map<String, Set<String>> out = new TreeMap<>();
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                            .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return out;
        });
    }
}
