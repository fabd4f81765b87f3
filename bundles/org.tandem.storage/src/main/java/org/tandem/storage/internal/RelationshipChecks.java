package org.tandem.storage.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.model.ConflictException;
import org.tandem.model.FieldError;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentoringModel;
import org.tandem.model.NotFoundException;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRules;
import org.tandem.model.ValidationException;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

/** The checks of a relationship write that need the database: program, members, mentor capacity. */
final class RelationshipChecks {
    private RelationshipChecks() {
    }

    /** @param self the relationship being updated, excluded from capacity counts; null on create */
    static void check(Connection c, Relationship r, String self) throws SQLException {
        RelationshipRules.check(r, model(c, r.programId()));
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < r.members().size(); i++) {
            String personId = r.members().get(i).personId();
            if (Sql.count(c, "SELECT COUNT(*) FROM people WHERE id = ?", personId) == 0) {
                missing.add(new FieldError("members[" + i + "].personId", "no person with id '" + personId + "'",
                        "no-person", java.util.Map.of("id", personId)));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        for (Member m : r.membersWith(MemberRole.MENTOR)) {
            checkCapacity(c, m.personId(), self);
        }
    }

    /** The mentoring model of the relationship's program, which its members must fit. */
    private static MentoringModel model(Connection c, String programId) throws SQLException {
        if (programId == null || programId.isBlank()) {
            throw new ValidationException(List.of(new FieldError("programId", "is required", "required", null)));
        }
        return Sql.one(c, "SELECT model FROM programs WHERE id = ?", rs -> MentoringModel.valueOf(rs.getString(1)),
                programId).orElseThrow(() -> new ValidationException(List.of(new FieldError("programId", "no program with"
                        + " id '" + programId + "'", "no-program", java.util.Map.of("id", programId)))));
    }

    /**
     * Locks the mentor's profile row first, so that two concurrent writes cannot both take a mentor's
     * last free place (on any node: the lock is in the database).
     */
    private static void checkCapacity(Connection c, String personId, String self) throws SQLException {
        Sql.update(c, "UPDATE profiles SET version = version WHERE person_id = ?", personId);
        // no profile, or no capacity stated in it: no limit to enforce
        Optional<Integer> capacity = Sql.one(c, "SELECT mentor_capacity FROM profiles WHERE person_id = ?",
                rs -> Sql.integer(rs, "mentor_capacity"), personId);
        if (capacity.isEmpty()) {
            return;
        }
        long current = Sql.count(c, "SELECT COUNT(*) FROM relationship_members m JOIN relationships r"
                + " ON r.id = m.relationship_id WHERE m.person_id = ? AND m.member_role = 'MENTOR' AND r.id <> ?"
                + " AND (r.ends_on IS NULL OR r.ends_on >= ?)", personId, self == null ? "" : self,
                Date.valueOf(LocalDate.now()));
        if (current >= capacity.get()) {
            String name = Sql.one(c, "SELECT display_name FROM people WHERE id = ?", rs -> rs.getString(1), personId)
                    .orElse(personId);
            throw new ConflictException("mentor-full", name + " mentors " + current + " relationship(s) and has a"
                    + " capacity of " + capacity.get() + " in their profile: raise the capacity or choose another mentor.",
                    "name", name, "n", current, "capacity", capacity.get());
        }
    }

    /** An update changed no row: the relationship is gone, moved on, or the client tried to move it. */
    static void explainMissedUpdate(Connection c, Relationship r) throws SQLException {
        Optional<String> program = Sql.one(c, "SELECT program_id FROM relationships WHERE id = ?",
                rs -> rs.getString(1), r.id());
        if (program.isEmpty()) {
            throw new NotFoundException("relationship", r.id());
        }
        if (!program.get().equals(r.programId())) {
            throw new ValidationException(List.of(new FieldError("programId", "a relationship cannot move to another"
                    + " program", "program-move", null)));
        }
        Versions.expectOne(0, c, "relationships", "id", "relationship", r.id(), r.version());
    }
}
