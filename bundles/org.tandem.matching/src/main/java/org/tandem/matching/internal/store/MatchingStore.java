package org.tandem.matching.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.model.MentorRole;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

/** Settings, matching profiles and declined pairs, inside the caller's transaction. */
public final class MatchingStore {
    private MatchingStore() {
    }

    public static Settings settings(Connection c, String programId) throws SQLException {
        return Sql.one(c, "SELECT version, weights, other_department_only, answer_within_days, candidates_per_slot,"
                + " fairness, default_capacity FROM matching_settings WHERE program_id = ?", rs -> new Settings(
                        rs.getLong(1), Settings.weights(rs.getString(2)), rs.getBoolean(3), rs.getInt(4), rs.getInt(5),
                        rs.getBoolean(6), rs.getInt(7)), programId).orElse(Settings.defaults());
    }

    /** Saves the settings at the version read (0: never saved). */
    public static Settings save(Connection c, String programId, Settings s) throws SQLException {
        if (s.version() == 0) {
            if (Sql.count(c, "SELECT COUNT(*) FROM matching_settings WHERE program_id = ?", programId) > 0) {
                Versions.expectOne(0, c, "matching_settings", "program_id", "matching settings", programId, 0);
            }
            Sql.update(c, "INSERT INTO matching_settings (program_id, version, weights, other_department_only,"
                    + " answer_within_days, candidates_per_slot, fairness, default_capacity) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
                    programId, Settings.weightsText(s.weights()), s.otherDepartmentOnly(), s.answerWithinDays(),
                    s.candidatesPerSlot(), s.fairness(), s.defaultCapacity());
        } else {
            int n = Sql.update(c, "UPDATE matching_settings SET version = version + 1, weights = ?, other_department_only = ?,"
                    + " answer_within_days = ?, candidates_per_slot = ?, fairness = ?, default_capacity = ?"
                    + " WHERE program_id = ? AND version = ?", Settings.weightsText(s.weights()), s.otherDepartmentOnly(),
                    s.answerWithinDays(), s.candidatesPerSlot(), s.fairness(), s.defaultCapacity(), programId, s.version());
            Versions.expectOne(n, c, "matching_settings", "program_id", "matching settings", programId, s.version());
        }
        return settings(c, programId);
    }

    public static Map<String, MatchProfile> profiles(Connection c, String programId) throws SQLException {
        return Sql.query(c, "SELECT " + PROFILE + " FROM matching_profiles WHERE program_id = ?", MatchingStore::profile,
                programId).stream().collect(Collectors.toMap(MatchProfile::personId, p -> p));
    }

    public static MatchProfile profile(Connection c, String programId, String personId) throws SQLException {
        return Sql.one(c, "SELECT " + PROFILE + " FROM matching_profiles WHERE program_id = ? AND person_id = ?",
                MatchingStore::profile, programId, personId).orElse(MatchProfile.empty(programId, personId));
    }

    public static MatchProfile save(Connection c, MatchProfile p) throws SQLException {
        Object[] values = {p.department(), join(p.languages()), join(p.rolesNeeded()), join(p.rolesOffered()),
            join(p.conflicts()), join(p.preferred())};
        if (p.version() == 0) {
            if (Sql.count(c, "SELECT COUNT(*) FROM matching_profiles WHERE program_id = ? AND person_id = ?",
                    p.programId(), p.personId()) > 0) {
                throw new org.tandem.model.StaleVersionException("matching profile", p.personId(), 0, 1);
            }
            Sql.update(c, "INSERT INTO matching_profiles (department, languages, roles_needed, roles_offered, conflicts,"
                    + " preferred, program_id, person_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    concat(values, p.programId(), p.personId()));
        } else {
            int n = Sql.update(c, "UPDATE matching_profiles SET department = ?, languages = ?, roles_needed = ?,"
                    + " roles_offered = ?, conflicts = ?, preferred = ?, version = version + 1 WHERE program_id = ?"
                    + " AND person_id = ? AND version = ?", concat(values, p.programId(), p.personId(), p.version()));
            if (n == 0) {
                throw new org.tandem.model.StaleVersionException("matching profile", p.personId(), p.version(),
                        profile(c, p.programId(), p.personId()).version());
            }
        }
        return profile(c, p.programId(), p.personId());
    }

    public static Set<String> declined(Connection c, String programId) throws SQLException {
        return Set.copyOf(Sql.query(c, "SELECT mentee_id, mentor_id FROM matching_declined WHERE program_id = ?",
                rs -> rs.getString(1) + "|" + rs.getString(2), programId));
    }

    public static void decline(Connection c, String programId, String menteeId, String mentorId) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM matching_declined WHERE program_id = ? AND mentee_id = ? AND mentor_id = ?",
                programId, menteeId, mentorId) == 0) {
            Sql.update(c, "INSERT INTO matching_declined (program_id, mentee_id, mentor_id, declined_at) VALUES (?, ?, ?, ?)",
                    programId, menteeId, mentorId, Timestamp.from(Instant.now()));
        }
    }

    private static final String PROFILE = "program_id, person_id, version, department, languages, roles_needed,"
            + " roles_offered, conflicts, preferred";

    private static MatchProfile profile(ResultSet rs) throws SQLException {
        return new MatchProfile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), split(rs.getString(5)),
                split(rs.getString(6)).stream().map(MentorRole::valueOf).toList(),
                split(rs.getString(7)).stream().map(MentorRole::valueOf).collect(Collectors.toSet()),
                Set.copyOf(split(rs.getString(8))), Set.copyOf(split(rs.getString(9))));
    }

    static String join(Collection<?> items) {
        return items.isEmpty() ? null : items.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split(",")).map(String::trim).toList()));
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }
}
