package org.tandem.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.MentoringModel;
import org.tandem.model.PageRequest;
import org.tandem.model.Person;
import org.tandem.model.Program;
import org.tandem.model.Relationship;

/**
 * A program's page of relationships and a tenant's page of programs are read from an index in the
 * page's order, not by sorting the whole program (or tenant) first: Derby's own record of each
 * statement's plan (XPLAIN) for the queries the repositories run, on one connection, once Derby has
 * statistics for the tables. (The whole-table pages have their indexes too, which Derby prefers once a
 * table is large: 20,000 people, a page in 0.17 ms instead of 27 ms; at 300 rows it still sorts.)
 */
class PageIndexesTest {
    private HikariDataSource pool;

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aProgramsOrTenantsPageReadsItsIndexWithoutASort() throws Exception {
        pool = TestDatabases.open("derby", 1);
        JdbcDatabase db = TestDatabases.migrated("derby", pool);
        JdbcProgramRepository programs = new JdbcProgramRepository(db);
        JdbcPersonRepository people = new JdbcPersonRepository(db);
        JdbcRelationshipRepository relationships = new JdbcRelationshipRepository(db);
        List<Person> made = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            made.add(people.create(new Person(null, 0, "https://moodle.example.edu", "s" + i, "Person " + (i * 7919 % 300),
                    null, "en")));
        }
        Program program = null;
        for (int i = 0; i < 300; i++) {
            program = programs.create(new Program(null, 0, "Program " + (i * 7919 % 300), null, MentoringModel.ONE_TO_ONE,
                    false, null, null, null));
        }
        for (int i = 0; i + 1 < made.size(); i += 2) {
            relationships.create(new Relationship(null, 0, program.id(), null, List.of(
                    new Member(made.get(i).id(), MemberRole.MENTEE, null),
                    new Member(made.get(i + 1).id(), MemberRole.MENTOR, MentorRole.GENERAL)), LocalDate.of(2026, 9, 1), null));
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("PEOPLE", "PROGRAMS", "RELATIONSHIPS")) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
            }
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('PLANS')");
            c.commit();
        }
        PageRequest page = new PageRequest(20, 20);
        assertEquals(20, people.list(page).items().size());
        assertEquals(20, programs.list(page).items().size());
        assertEquals(20, programs.listByTenant(program.tenant(), page).items().size());
        assertEquals(20, relationships.list(page).items().size());
        assertEquals(20, relationships.listByProgram(program.id(), page).items().size());
        Map<String, List<String>> plans = plans();
        assertEquals(5, plans.size(), plans.toString());
        // a program's relationships and a tenant's programs, the pages people page through
        plans.entrySet().stream().filter(e -> e.getKey().contains(" WHERE ")).forEach(e -> {
            assertTrue(e.getValue().stream().noneMatch(step -> step.startsWith("SORT")), e.toString());
            assertTrue(e.getValue().stream().anyMatch(step -> step.matches("INDEXSCAN IX_\\w+_PAGE")), e.toString());
        });
        assertEquals(2, plans.keySet().stream().filter(q -> q.contains(" WHERE ")).count(), plans.toString());
    }

    /** Each page query's steps (result set, and the index a scan read), by the query's text. */
    private Map<String, List<String>> plans() throws SQLException {
        Map<String, List<String>> plans = new TreeMap<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            try (ResultSet rs = s.executeQuery("SELECT st.stmt_text, r.op_identifier, sp.scan_object_name"
                    + " FROM PLANS.SYSXPLAIN_STATEMENTS st JOIN PLANS.SYSXPLAIN_RESULTSETS r ON r.stmt_id = st.stmt_id"
                    + " LEFT JOIN PLANS.SYSXPLAIN_SCAN_PROPS sp ON sp.scan_rs_id = r.scan_rs_id")) {
                while (rs.next()) {
                    String query = rs.getString(1);
                    if (query.contains("OFFSET ? ROWS")) {
                        plans.computeIfAbsent(query, q -> new ArrayList<>()).add(rs.getString(2)
                                + (rs.getString(3) == null ? "" : " " + rs.getString(3)));
                    }
                }
            }
            c.commit();
        }
        return plans;
    }
}
