package org.tandem.storage.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.model.Page;
import org.tandem.model.PageRequest;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Validation;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;
import org.tandem.storage.Versions;

@Component(property = Feature.PROPERTY + "=core")
public class JdbcPersonRepository implements PersonRepository {
    private static final String COLUMNS = "id, version, issuer, subject, display_name, email, locale, picture_url";
    private final Database db;

    @Activate
    public JdbcPersonRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Page<Person> list(PageRequest page) {
        return db.inTransaction(c -> new Page<>(Sql.query(c, "SELECT " + COLUMNS
                + " FROM people ORDER BY display_name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                JdbcPersonRepository::map, page.offset(), page.limit()),
                page.offset(), page.limit(), Sql.count(c, "SELECT COUNT(*) FROM people")));
    }

    @Override
    public Optional<Person> find(String id) {
        return db.inTransaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM people WHERE id = ?",
                JdbcPersonRepository::map, id));
    }

    @Override
    public Optional<Person> findByPlatformIdentity(String issuer, String subject) {
        return db.inTransaction(c -> byIdentity(c, issuer, subject));
    }

    @Override
    public List<Person> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.inTransaction(c -> {
            List<Person> found = new ArrayList<>();
            for (Object[] chunk : InLists.chunks(ids)) {
                found.addAll(Sql.query(c, "SELECT " + COLUMNS + " FROM people WHERE id IN (" + InLists.marks(chunk) + ")",
                        JdbcPersonRepository::map, chunk));
            }
            return found;
        });
    }

    @Override
    public Person create(Person p) {
        Validation.check(p);
        Person stored = p.withIdentity(UUID.randomUUID().toString(), 1);
        db.inTransaction(c -> {
            rejectDuplicate(c, p);
            return Sql.update(c, "INSERT INTO people (" + COLUMNS + ", created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stored.id(), 1L, p.issuer(), p.subject(),
                    p.displayName(), p.email(), p.locale(), p.pictureUrl(), Sql.now(), Sql.now());
        });
        return stored;
    }

    @Override
    public Person update(Person p) {
        Validation.check(p);
        return db.inTransaction(c -> {
            rejectDuplicate(c, p);
            int changed = Sql.update(c, "UPDATE people SET issuer = ?, subject = ?, display_name = ?, email = ?,"
                    + " locale = ?, picture_url = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                    p.issuer(), p.subject(), p.displayName(), p.email(), p.locale(), p.pictureUrl(), Sql.now(), p.id(),
                    p.version());
            Versions.expectOne(changed, c, "people", "id", "person", p.id(), p.version());
            return p.withIdentity(p.id(), p.version() + 1);
        });
    }

    @Override
    public void delete(String id, long version) {
        db.inTransaction(c -> {
            long memberships = Sql.count(c, "SELECT COUNT(*) FROM relationship_members WHERE person_id = ?", id);
            if (memberships > 0) {
                throw new ConflictException("person-in-use", "This person is a member of " + memberships
                        + " relationship(s); remove them from those first.", "n", memberships);
            }
            int changed = Sql.update(c, "DELETE FROM people WHERE id = ? AND version = ?", id, version);
            Versions.expectOne(changed, c, "people", "id", "person", id, version);
            return null;
        });
    }

    private static void rejectDuplicate(Connection c, Person p) throws SQLException {
        Optional<Person> same = byIdentity(c, p.issuer(), p.subject());
        if (same.isPresent() && !same.get().id().equals(p.id())) {
            throw new ConflictException("person-exists", "A person with issuer '" + p.issuer() + "' and subject '"
                    + p.subject() + "' already exists (id " + same.get().id() + ").", "issuer", p.issuer(), "subject",
                    p.subject(), "id", same.get().id());
        }
    }

    private static Optional<Person> byIdentity(Connection c, String issuer, String subject) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM people WHERE issuer = ? AND subject = ?",
                JdbcPersonRepository::map, issuer, subject);
    }

    private static Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getString("id"), rs.getLong("version"), rs.getString("issuer"), rs.getString("subject"),
                rs.getString("display_name"), rs.getString("email"), rs.getString("locale"), rs.getString("picture_url"));
    }
}
