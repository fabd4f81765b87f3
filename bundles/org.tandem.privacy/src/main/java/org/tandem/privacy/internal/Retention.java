package org.tandem.privacy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;
import org.tandem.model.ValidationException;
import org.tandem.storage.Database;
import org.tandem.storage.PersonalData;
import org.tandem.storage.Sql;

/**
 * Retention, per program or by the server's defaults: a relationship closed {@code anonymiseAfterMonths}
 * ago is anonymised (the register's relationship steps and each feature's own: the text its members
 * wrote goes, its phases, dates and numbers stay), and launch records (sessions) older than
 * {@code launchRecordDays} are deleted. Runs every {@code checkMinutes}. Of two nodes that run it at
 * once, one anonymises a relationship: each claims it first with a row keyed by its id.
 */
@Component(service = Retention.class, configurationPid = PrivacyConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = Feature.PROPERTY + "=core")
public class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    static final int MAX_MONTHS = 1200;
    static final int MAX_DAYS = 36500;
    private final Database db;
    private final Register register;
    private final int defaultMonths;
    private final int defaultDays;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "tandem-privacy-anonymiser"));

    /**
     * A program's retention.
     *
     * @param own whether the program set them itself (else they are the server's defaults)
     */
    public record Settings(String programId, int anonymiseAfterMonths, int launchRecordDays, boolean own,
            int serverAnonymiseAfterMonths, int serverLaunchRecordDays) {
    }

    /** New settings; a null leaves the program on the server's default for it. */
    public record Change(Integer anonymiseAfterMonths, Integer launchRecordDays) {
    }

    /** What one run did. */
    public record Run(int anonymised, int launchRecords) {
    }

    @Activate
    public Retention(@Reference Database db, @Reference Register register, @Reference PrivacySchema schema,
            PrivacyConfig config) {
        this.db = db;
        this.register = register;
        this.defaultMonths = config.anonymiseAfterMonths();
        this.defaultDays = config.launchRecordDays();
        timer.scheduleWithFixedDelay(this::run, 2, config.checkMinutes() * 60L, TimeUnit.SECONDS);
    }

    public Settings of(String programId) {
        return db.inTransaction(c -> settings(c, programId));
    }

    public Settings set(String programId, Change change) {
        if (change == null) {
            throw new ValidationException("anonymiseAfterMonths", "Send {\"anonymiseAfterMonths\": months,"
                    + " \"launchRecordDays\": days}; leave one out for the server's default.");
        }
        check("anonymiseAfterMonths", change.anonymiseAfterMonths(), MAX_MONTHS, "months");
        check("launchRecordDays", change.launchRecordDays(), MAX_DAYS, "days");
        return db.inTransaction(c -> {
            Sql.update(c, "DELETE FROM privacy_retention WHERE program_id = ?", programId);
            if (change.anonymiseAfterMonths() != null || change.launchRecordDays() != null) {
                Sql.update(c, "INSERT INTO privacy_retention (program_id, anonymise_after_months, launch_record_days,"
                        + " updated_at) VALUES (?, ?, ?, ?)", programId, Sql.integer(change.anonymiseAfterMonths()),
                        Sql.integer(change.launchRecordDays()), Sql.now());
            }
            return settings(c, programId);
        });
    }

    private static void check(String field, Integer value, int max, String unit) {
        if (value != null && (value < 1 || value > max)) {
            throw new ValidationException(field, field + " is " + value + " " + unit + "; it must be from 1 to " + max
                    + ", or left out for the server's default.");
        }
    }

    private void run() {
        try {
            runAt(Instant.now());
        } catch (RuntimeException e) {
            LOG.error("The retention job could not run: {}; it tries again at its next run", e.getMessage(), e);
        }
    }

    /** Everything due at {@code now}. */
    public Run runAt(Instant now) {
        List<PersonalData> declared = register.declarations();
        Map<String, Instant> closed = db.inTransaction(c -> {
            Instant earliest = monthsBefore(now, shortestMonths(c));
            Map<String, Instant> all = new HashMap<>();
            for (PersonalData d : declared) {
                all.putAll(d.closedRelationships(c, earliest));
            }
            all.keySet().removeAll(Sql.query(c, "SELECT relationship_id FROM privacy_anonymised", rs -> rs.getString(1)));
            return all;
        });
        int anonymised = 0;
        for (Map.Entry<String, Instant> e : closed.entrySet()) {
            if (due(e.getKey(), e.getValue(), now) && anonymise(declared, e.getKey(), now)) {
                anonymised++;
            }
        }
        int launches = launchRecords(now);
        if (anonymised + launches > 0) {
            LOG.info("Retention: {} closed relationship(s) anonymised, {} launch record(s) deleted", anonymised, launches);
        }
        return new Run(anonymised, launches);
    }

    private boolean due(String relationshipId, Instant closedAt, Instant now) {
        return db.inTransaction(c -> {
            Optional<String> program = Sql.one(c, "SELECT program_id FROM relationships WHERE id = ?",
                    rs -> rs.getString(1), relationshipId);
            return program.isPresent()
                    && !monthsBefore(now, settings(c, program.get()).anonymiseAfterMonths()).isBefore(closedAt);
        });
    }

    /** Claims the relationship, then anonymises it; false when another node has (or had) it. */
    private boolean anonymise(List<PersonalData> declared, String relationshipId, Instant now) {
        try {
            int changed = db.inTransaction(c -> {
                Sql.update(c, "INSERT INTO privacy_anonymised (relationship_id, anonymised_at, rows_changed) VALUES"
                        + " (?, ?, 0)", relationshipId, Timestamp.from(now));
                int rows = Steps.run(c, declared, relationshipId, true);
                for (PersonalData d : declared) {
                    d.anonymise(c, relationshipId);
                }
                Sql.update(c, "UPDATE privacy_anonymised SET rows_changed = ? WHERE relationship_id = ?", rows,
                        relationshipId);
                return rows;
            });
            LOG.info("Retention: relationship {} anonymised ({} rows changed)", relationshipId, changed);
            return true;
        } catch (RuntimeException e) {
            if (db.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM privacy_anonymised WHERE relationship_id = ?",
                    relationshipId)) > 0) {
                return false; // another node claimed it first
            }
            throw e;
        }
    }

    /** Deletes sessions older than their program's launch retention (or the default); how many went. */
    private int launchRecords(Instant now) {
        return db.inTransaction(c -> {
            if (!exists(c, "lti_sessions")) {
                return 0;
            }
            int gone = 0;
            List<Object[]> own = Sql.query(c, "SELECT program_id, launch_record_days FROM privacy_retention WHERE"
                    + " launch_record_days IS NOT NULL", rs -> new Object[] {rs.getString(1), rs.getInt(2)});
            for (Object[] p : own) {
                gone += Sql.update(c, "DELETE FROM lti_sessions WHERE program_id = ? AND created_at < ?", p[0],
                        Timestamp.from(now.minus((int) p[1], ChronoUnit.DAYS)));
            }
            gone += Sql.update(c, "DELETE FROM lti_sessions WHERE created_at < ? AND (program_id IS NULL OR program_id"
                    + " NOT IN (SELECT program_id FROM privacy_retention WHERE launch_record_days IS NOT NULL))",
                    Timestamp.from(now.minus(defaultDays, ChronoUnit.DAYS)));
            return gone;
        });
    }

    private Settings settings(Connection c, String programId) throws SQLException {
        Optional<Integer[]> own = Sql.one(c, "SELECT anonymise_after_months, launch_record_days FROM privacy_retention"
                + " WHERE program_id = ?", rs -> new Integer[] {Sql.integer(rs, "anonymise_after_months"),
                    Sql.integer(rs, "launch_record_days")}, programId);
        int months = own.map(o -> o[0]).filter(m -> m != null).orElse(defaultMonths);
        int days = own.map(o -> o[1]).filter(d -> d != null).orElse(defaultDays);
        return new Settings(programId, months, days, own.isPresent(), defaultMonths, defaultDays);
    }

    private int shortestMonths(Connection c) throws SQLException {
        Integer shortest = Sql.one(c, "SELECT MIN(anonymise_after_months) FROM privacy_retention", rs -> {
            int m = rs.getInt(1);
            return rs.wasNull() ? null : m;
        }).orElse(null);
        return shortest == null ? defaultMonths : Math.min(shortest, defaultMonths);
    }

    private static Instant monthsBefore(Instant now, int months) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (var rs = c.getMetaData().getTables(null, c.getSchema(), name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
