package org.tandem.storage.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;

@Component(property = Feature.PROPERTY + "=core")
public class JdbcParticipantRepository implements ParticipantRepository {
    private static final String COLUMNS = "program_id, person_id, coordinator, mentee, mentor, test_user, active, source,"
            + " platform_roles";
    private static final int ROLES_MAX = 500;
    private final Database db;

    @Activate
    public JdbcParticipantRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Participant record(Participant p) {
        try {
            return db.inTransaction(c -> upsert(c, p));
        } catch (ConflictException e) {
            // two launches of a new participant at once: the other insert won, so update its row
            return db.inTransaction(c -> upsert(c, p));
        }
    }

    private static Participant upsert(Connection c, Participant p) throws SQLException {
        Optional<Participant> old = Sql.one(c, "SELECT " + COLUMNS + " FROM program_participants"
                + " WHERE program_id = ? AND person_id = ?", JdbcParticipantRepository::map, p.programId(), p.personId());
        String roles = p.platformRoles() != null ? clip(p.platformRoles())
                : old.map(Participant::platformRoles).orElse(null);
        Participant merged = new Participant(p.programId(), p.personId(), p.coordinator(), p.mentee(),
                p.mentor() || old.map(Participant::mentor).orElse(false), p.testUser(), p.active(), p.source(), roles);
        if (old.isPresent() && old.get().equals(merged)) {
            return merged; // a relaunch with the same roles: no write, no row lock held to commit
        } else if (old.isPresent()) {
            Sql.update(c, "UPDATE program_participants SET coordinator = ?, mentee = ?, mentor = ?, test_user = ?,"
                    + " active = ?, source = ?, platform_roles = ?, updated_at = ? WHERE program_id = ? AND person_id = ?",
                    merged.coordinator(), merged.mentee(), merged.mentor(), merged.testUser(), merged.active(),
                    merged.source(), merged.platformRoles(), Sql.now(), p.programId(), p.personId());
        } else {
            Sql.update(c, "INSERT INTO program_participants (" + COLUMNS + ", updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.programId(), p.personId(), merged.coordinator(),
                    merged.mentee(), merged.mentor(), merged.testUser(), merged.active(), merged.source(),
                    merged.platformRoles(), Sql.now());
        }
        return merged;
    }

    @Override
    public List<Participant> inProgram(String programId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT pp.program_id, pp.person_id, pp.coordinator, pp.mentee,"
                + " pp.mentor, pp.test_user, pp.active, pp.source, pp.platform_roles FROM program_participants pp"
                + " JOIN people p ON p.id = pp.person_id WHERE pp.program_id = ?"
                + " ORDER BY pp.coordinator DESC, p.display_name, p.id", JdbcParticipantRepository::map, programId));
    }

    @Override
    public Set<String> programsOf(String personId) {
        return db.inTransaction(c -> new HashSet<>(Sql.query(c, "SELECT program_id FROM program_participants"
                + " WHERE person_id = ? AND active = ? AND (coordinator = ? OR mentee = ? OR mentor = ?)",
                rs -> rs.getString(1), personId, true, true, true, true)));
    }

    @Override
    public List<Participant> ofPerson(String personId) {
        return db.inTransaction(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM program_participants"
                + " WHERE person_id = ? AND active = ? ORDER BY program_id", JdbcParticipantRepository::map, personId, true));
    }

    @Override
    public Set<String> coordinatedBy(String personId) {
        return db.inTransaction(c -> new HashSet<>(Sql.query(c, "SELECT program_id FROM program_participants"
                + " WHERE person_id = ? AND coordinator = ? AND active = ?", rs -> rs.getString(1), personId, true, true)));
    }

    @Override
    public int deactivateAllBut(String programId, Set<String> stillPresent) {
        return db.inTransaction(c -> {
            List<String> current = Sql.query(c, "SELECT person_id FROM program_participants WHERE program_id = ?"
                    + " AND active = ?", rs -> rs.getString(1), programId, true);
            int changed = 0;
            for (String person : current) {
                if (!stillPresent.contains(person)) {
                    changed += Sql.update(c, "UPDATE program_participants SET active = ?, updated_at = ?"
                            + " WHERE program_id = ? AND person_id = ?", false, Sql.now(), programId, person);
                }
            }
            return changed;
        });
    }

    private static Participant map(ResultSet rs) throws SQLException {
        return new Participant(rs.getString("program_id"), rs.getString("person_id"), rs.getBoolean("coordinator"),
                rs.getBoolean("mentee"), rs.getBoolean("mentor"), rs.getBoolean("test_user"), rs.getBoolean("active"),
                rs.getString("source"), rs.getString("platform_roles"));
    }

    private static String clip(String roles) {
        return roles.length() > ROLES_MAX ? roles.substring(0, ROLES_MAX) : roles;
    }
}
