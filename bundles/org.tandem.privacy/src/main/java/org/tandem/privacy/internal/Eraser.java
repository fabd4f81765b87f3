package org.tandem.privacy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.PersonalData;
import org.tandem.storage.Sql;

/**
 * Right to erasure, as the register declares it: in one transaction every table's steps run (rows
 * deleted, text the person wrote replaced), then each feature's own erasure, and last the person's row is
 * anonymised by the core's; then the erasure is recorded (who, when, which id; never the erased data).
 * A second erasure of the same person changes nothing and answers with the first one's record.
 */
@Component(service = Eraser.class, property = Feature.PROPERTY + "=core")
public class Eraser {
    private static final Logger LOG = LoggerFactory.getLogger(Eraser.class);
    private final Database db;
    private final Register register;

    /** Who erases: the admin token, or a coordinator (a person id) of a tenant. */
    public record Actor(String kind, String id, String tenant) {
    }

    /** An erasure's record; {@code again} when this call found it already done. */
    public record Erasure(String personId, Instant erasedAt, String actorKind, String actorId, String tenant,
            int rowsChanged, boolean again) {
    }

    @Activate
    public Eraser(@Reference Database db, @Reference Register register, @Reference PrivacySchema schema) {
        this.db = db;
        this.register = register;
    }

    /** Erases the person, or finds their erasure; empty when no person has this id. */
    public Optional<Erasure> erase(String personId, Actor by) {
        List<PersonalData> declared = register.declarations();
        Optional<Erasure> out = db.inTransaction(c -> {
            // the person's row locked first: a second erasure at the same time waits, then finds this one's record
            if (Sql.update(c, "UPDATE people SET version = version WHERE id = ?", personId) == 0) {
                return Optional.<Erasure>empty();
            }
            Optional<Erasure> done = find(c, personId);
            if (done.isPresent()) {
                return done;
            }
            int changed = Steps.run(c, declared, personId, false);
            for (PersonalData d : declared.stream().sorted(Comparator.comparing(Eraser::holdsPeople)).toList()) {
                d.erase(c, personId);
            }
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as every database keeps it
            Sql.update(c, "INSERT INTO privacy_erasures (person_id, erased_at, actor_id, actor_kind, tenant, rows_changed)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", personId, Timestamp.from(now), by.id(), by.kind(), by.tenant(), changed);
            return Optional.of(new Erasure(personId, now, by.kind(), by.id(), by.tenant(), changed, false));
        });
        out.filter(e -> !e.again()).ifPresent(e -> LOG.info("Person {} was erased by {} {} ({} rows changed besides"
                + " each feature's own)", personId, by.kind(), by.id() == null ? "" : by.id(), e.rowsChanged()));
        return out;
    }

    /** A person an administrator looks for, to answer their request. */
    public record Found(String id, String displayName, String email, String issuer, List<String> programs,
            boolean erased) {
    }

    /** Up to 20 people whose name or e-mail contains the text (any case), erased ones last. */
    public List<Found> find(String text) {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        return db.inTransaction(c -> {
            List<Found> out = new java.util.ArrayList<>();
            for (String[] p : Sql.query(c, "SELECT id, display_name, email, issuer FROM people WHERE LOWER(display_name)"
                    + " LIKE ? ESCAPE '!' OR LOWER(email) LIKE ? ESCAPE '!' ORDER BY display_name", rs -> new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, like, like)) {
                if (out.size() == 20) {
                    break;
                }
                List<String> programs = Sql.query(c, "SELECT p.name FROM program_participants pp JOIN programs p ON"
                        + " p.id = pp.program_id WHERE pp.person_id = ? ORDER BY p.name", rs -> rs.getString(1), p[0]);
                out.add(new Found(p[0], p[1], p[2], p[3], programs, find(c, p[0]).isPresent()));
            }
            return out;
        });
    }

    /** Whether this person was erased. */
    public boolean erased(String personId) {
        return db.inTransaction(c -> find(c, personId)).isPresent();
    }

    /** Every program the person was ever recorded in, active or not, with its tenant. */
    public List<Participations.Row> participations(String personId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT pp.program_id, p.tenant, pp.active FROM program_participants"
                + " pp JOIN programs p ON p.id = pp.program_id WHERE pp.person_id = ?", rs -> new Participations.Row(
                        rs.getString(1), rs.getString(2), rs.getBoolean(3)), personId));
    }

    /** The erasures recorded, newest first. */
    public List<Erasure> erasures(int limit) {
        return db.inTransaction(c -> Sql.query(c, "SELECT person_id, erased_at, actor_kind, actor_id, tenant, rows_changed"
                + " FROM privacy_erasures ORDER BY erased_at DESC", Eraser::erasure)).stream().limit(limit).toList();
    }

    private static Optional<Erasure> find(Connection c, String personId) throws SQLException {
        return Sql.one(c, "SELECT person_id, erased_at, actor_kind, actor_id, tenant, rows_changed FROM privacy_erasures"
                + " WHERE person_id = ?", Eraser::erasure, personId).map(e -> new Erasure(e.personId(), e.erasedAt(),
                        e.actorKind(), e.actorId(), e.tenant(), e.rowsChanged(), true));
    }

    private static Erasure erasure(java.sql.ResultSet rs) throws SQLException {
        return new Erasure(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), false);
    }

    /** The core's declaration, which anonymises the person's own row, runs last. */
    private static boolean holdsPeople(PersonalData d) {
        return d.tables().stream().anyMatch(t -> "people".equals(t.name()));
    }
}
