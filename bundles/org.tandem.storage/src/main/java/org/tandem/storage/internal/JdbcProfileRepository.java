package org.tandem.storage.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.CareerStage;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.model.Profile;
import org.tandem.model.ProfileRepository;
import org.tandem.model.StaleVersionException;
import org.tandem.model.Validation;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

/** Profiles, with their lists (research areas, values, needs, availability) one row per entry. */
@Component(property = Feature.PROPERTY + "=core")
public class JdbcProfileRepository implements ProfileRepository {
    private static final List<String> LISTS = List.of("researchAreas", "values", "developmentNeeds", "availability");
    private final Database db;

    @Activate
    public JdbcProfileRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Optional<Profile> find(String personId) {
        return db.inTransaction(c -> load(c, personId));
    }

    @Override
    public Profile save(Profile p) {
        Validation.check(p);
        return db.inTransaction(c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM people WHERE id = ?", p.personId()) == 0) {
                throw new NotFoundException("person", p.personId());
            }
            if (p.version() == 0) {
                insert(c, p);
            } else {
                int changed = Sql.update(c, "UPDATE profiles SET career_stage = ?, short_term_goals = ?,"
                        + " long_term_goals = ?, work_style = ?, mentor_capacity = ?, updated_at = ?,"
                        + " version = version + 1 WHERE person_id = ? AND version = ?", Sql.text(p.careerStage()),
                        p.shortTermGoals(), p.longTermGoals(), p.workStyle(), capacity(p), Sql.now(),
                        p.personId(), p.version());
                Versions.expectOne(changed, c, "profiles", "person_id", "profile", p.personId(), p.version());
                Sql.update(c, "DELETE FROM profile_entries WHERE person_id = ?", p.personId());
            }
            insertEntries(c, p);
            return p.withVersion(p.version() + 1);
        });
    }

    private static void insert(Connection c, Profile p) throws SQLException {
        Optional<Long> existing = Sql.one(c, "SELECT version FROM profiles WHERE person_id = ?",
                rs -> rs.getLong(1), p.personId());
        if (existing.isPresent()) {
            throw new StaleVersionException("profile", p.personId(), 0, existing.get());
        }
        Sql.update(c, "INSERT INTO profiles (person_id, version, career_stage, short_term_goals, long_term_goals,"
                + " work_style, mentor_capacity, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)", p.personId(),
                Sql.text(p.careerStage()), p.shortTermGoals(), p.longTermGoals(), p.workStyle(), capacity(p),
                Sql.now());
    }

    private static Object capacity(Profile p) {
        return Sql.integer(p.mentorCapacity());
    }

    private static void insertEntries(Connection c, Profile p) throws SQLException {
        List<List<String>> lists = List.of(p.researchAreas(), p.values(), p.developmentNeeds(), p.availability());
        for (int l = 0; l < LISTS.size(); l++) {
            List<String> entries = lists.get(l);
            for (int i = 0; i < entries.size(); i++) {
                Sql.update(c, "INSERT INTO profile_entries (person_id, field, ord, entry) VALUES (?, ?, ?, ?)",
                        p.personId(), LISTS.get(l), i, entries.get(i));
            }
        }
    }

    private static Optional<Profile> load(Connection c, String personId) throws SQLException {
        Map<String, List<String>> lists = new HashMap<>();
        LISTS.forEach(name -> lists.put(name, new ArrayList<>()));
        Sql.query(c, "SELECT field, entry FROM profile_entries WHERE person_id = ? ORDER BY field, ord",
                rs -> lists.get(rs.getString(1)).add(rs.getString(2)), personId);
        return Sql.one(c, "SELECT * FROM profiles WHERE person_id = ?", rs -> map(rs, lists), personId);
    }

    private static Profile map(ResultSet rs, Map<String, List<String>> lists) throws SQLException {
        Integer capacity = Sql.integer(rs, "mentor_capacity");
        return new Profile(rs.getString("person_id"), rs.getLong("version"),
                Sql.enumOf(CareerStage.class, rs.getString("career_stage")), lists.get("researchAreas"),
                rs.getString("short_term_goals"), rs.getString("long_term_goals"), lists.get("values"),
                rs.getString("work_style"), lists.get("developmentNeeds"), lists.get("availability"), capacity);
    }
}
