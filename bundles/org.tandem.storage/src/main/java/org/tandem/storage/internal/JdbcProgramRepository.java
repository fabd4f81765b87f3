package org.tandem.storage.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.model.MentoringModel;
import org.tandem.model.Page;
import org.tandem.model.PageRequest;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Validation;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

@Component(property = Feature.PROPERTY + "=core")
public class JdbcProgramRepository implements ProgramRepository {
    private static final String COLUMNS = "id, version, name, description, model, formal, starts_on, ends_on, tenant";
    private final Database db;

    @Activate
    public JdbcProgramRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Page<Program> list(PageRequest page) {
        return db.inTransaction(c -> new Page<>(Sql.query(c, "SELECT " + COLUMNS
                + " FROM programs ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                JdbcProgramRepository::map, page.offset(), page.limit()),
                page.offset(), page.limit(), Sql.count(c, "SELECT COUNT(*) FROM programs")));
    }

    @Override
    public Page<Program> listByTenant(String tenant, PageRequest page) {
        return db.inTransaction(c -> new Page<>(Sql.query(c, "SELECT " + COLUMNS
                + " FROM programs WHERE tenant = ? ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                JdbcProgramRepository::map, tenant, page.offset(), page.limit()),
                page.offset(), page.limit(), Sql.count(c, "SELECT COUNT(*) FROM programs WHERE tenant = ?", tenant)));
    }

    @Override
    public Optional<Program> find(String id) {
        return db.inTransaction(c -> find(c, id));
    }

    private static Optional<Program> find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM programs WHERE id = ?", JdbcProgramRepository::map, id);
    }

    @Override
    public Program create(Program p) {
        Validation.check(p);
        Program stored = p.withIdentity(UUID.randomUUID().toString(), 1);
        db.inTransaction(c -> Sql.update(c, "INSERT INTO programs (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stored.id(), 1L, p.name(),
                p.description(), Sql.text(p.model()), p.formal(), Sql.date(p.startsOn()), Sql.date(p.endsOn()),
                stored.tenant(), Sql.now(), Sql.now()));
        return stored;
    }

    @Override
    public Program update(Program p) {
        Validation.check(p);
        return db.inTransaction(c -> {
            Optional<MentoringModel> before = Sql.one(c, "SELECT model FROM programs WHERE id = ?",
                    rs -> MentoringModel.valueOf(rs.getString(1)), p.id());
            if (before.isPresent() && before.get() != p.model()
                    && Sql.count(c, "SELECT COUNT(*) FROM relationships WHERE program_id = ?", p.id()) > 0) {
                throw new ConflictException("model-change", "The program's model cannot change from " + before.get()
                        + " to " + p.model() + " while it has relationships: their members were checked against "
                        + before.get() + ".", "from", String.valueOf(before.get()), "to", String.valueOf(p.model()));
            }
            int changed = Sql.update(c, "UPDATE programs SET name = ?, description = ?, model = ?, formal = ?,"
                    + " starts_on = ?, ends_on = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                    p.name(), p.description(), Sql.text(p.model()), p.formal(), Sql.date(p.startsOn()),
                    Sql.date(p.endsOn()), Sql.now(), p.id(), p.version());
            Versions.expectOne(changed, c, "programs", "id", "program", p.id(), p.version());
            // a program never moves to another tenant: keep the stored one
            return find(c, p.id()).orElseThrow();
        });
    }

    @Override
    public void delete(String id, long version) {
        db.inTransaction(c -> {
            long relationships = Sql.count(c, "SELECT COUNT(*) FROM relationships WHERE program_id = ?", id);
            if (relationships > 0) {
                throw new ConflictException("program-in-use", "The program still has " + relationships
                        + " relationship(s); delete them first so that no mentoring history is lost by accident.",
                        "n", relationships);
            }
            int changed = Sql.update(c, "DELETE FROM programs WHERE id = ? AND version = ?", id, version);
            Versions.expectOne(changed, c, "programs", "id", "program", id, version);
            return null;
        });
    }

    private static Program map(ResultSet rs) throws SQLException {
        return new Program(rs.getString("id"), rs.getLong("version"), rs.getString("name"),
                rs.getString("description"), MentoringModel.valueOf(rs.getString("model")), rs.getBoolean("formal"),
                Sql.date(rs, "starts_on"), Sql.date(rs, "ends_on"), rs.getString("tenant"));
    }
}
