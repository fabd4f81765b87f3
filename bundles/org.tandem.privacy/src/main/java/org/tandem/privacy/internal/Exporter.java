package org.tandem.privacy.internal;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Feature;
import org.tandem.storage.Database;
import org.tandem.storage.PersonalData;
import org.tandem.storage.PersonalData.Table;
import org.tandem.storage.Sql;

/**
 * Everything Tandem holds about one person, as the register describes it: in every declared table, the
 * rows that belong to them (an owner column holds their id) and the rows of their relationships (what
 * they see there), without secret columns, and what others wrote that the person may read in Tandem
 * ({@link PersonalData#readableBy}, a counterpart's feedback); one transaction, so the document is one
 * moment's truth. A new table is exported as soon as its feature declares it.
 */
@Component(service = Exporter.class, property = Feature.PROPERTY + "=core")
public class Exporter {
    static final String FORMAT = "tandem-personal-data-export";
    private final Database db;
    private final Register register;

    @Activate
    public Exporter(@Reference Database db, @Reference Register register) {
        this.db = db;
        this.register = register;
    }

    /** The export, or empty when no person has this id. */
    public Optional<Map<String, Object>> export(String personId) {
        List<PersonalData> declared = register.declarations();
        return db.inTransaction(c -> {
            List<Map<String, Object>> person = rows(c, "SELECT * FROM people WHERE id = ?", List.of(), personId);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            List<String> relationships = Sql.query(c, "SELECT relationship_id FROM relationship_members WHERE"
                    + " person_id = ?", rs -> rs.getString(1), personId);
            Map<String, Object> features = new TreeMap<>();
            for (PersonalData d : declared) {
                Map<String, Object> tables = new TreeMap<>();
                for (Table t : d.tables()) {
                    if (!t.owners().isEmpty() || t.relationship() != null) {
                        tables.put(t.name(), rows(c, t, personId, relationships));
                    }
                }
                tables.putAll(d.readableBy(c, personId));
                if (!tables.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> merged = (Map<String, Object>) features.computeIfAbsent(d.feature(),
                            f -> new TreeMap<>());
                    merged.putAll(tables);
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("format", FORMAT);
            out.put("version", 1);
            out.put("exportedAt", Instant.now().toString());
            out.put("personId", personId);
            out.put("person", person.get(0));
            out.put("features", features);
            return Optional.of(out);
        });
    }

    private static List<Map<String, Object>> rows(Connection c, Table t, String personId, List<String> relationships)
            throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        t.owners().forEach(o -> {
            where.add(o + " = ?");
            params.add(personId);
        });
        if (t.relationship() != null && !relationships.isEmpty()) {
            where.add(t.relationship() + " IN (" + relationships.stream().map(r -> "?").collect(Collectors.joining(", "))
                    + ")");
            params.addAll(relationships);
        }
        if (where.isEmpty()) {
            return List.of();
        }
        return rows(c, "SELECT * FROM " + t.name() + " WHERE " + String.join(" OR ", where), t.secrets(),
                params.toArray());
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, List<String> secrets, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new TreeMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                        if (!secrets.contains(column)) {
                            row.put(column, value(rs.getObject(i)));
                        }
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    /** JSON-friendly: times as ISO text, large text read out, the rest as the driver gives it. */
    static Object value(Object v) throws SQLException {
        if (v instanceof Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return v == null || v instanceof String || v instanceof Number || v instanceof Boolean ? v : v.toString();
    }
}
