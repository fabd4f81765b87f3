package org.tandem.storage;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What one feature stores about people: every table it creates, personal or not. A table that no
 * feature declares fails the register's check against the database, so nothing personal is stored
 * unnoticed (as Moodle's Privacy API asks each plugin to declare its data).
 */
@ConsumerType
public interface PersonalData {
    /**
     * One table.
     *
     * @param columns the columns that hold personal data, a person's id included (it ties a row to a
     *     person); empty for a table without personal data
     * @param purpose why it is stored (for a table without personal data: what it holds instead)
     * @param visibleTo who may see it in Tandem
     * @param keptFor how long it is kept
     * @param owners the columns whose value is the id of the person the row belongs to: a person's export
     *     holds the rows with their id in one of these (a column naming someone the row is only about,
     *     such as who a feedback form asks about, is not an owner)
     * @param secrets columns never exported (token digests, keys)
     * @param relationship a column holding a relationship's id: the rows of the person's relationships
     *     (what they see there: shared notes, the plan, the agreement) belong to their export too; or null
     */
    record Table(String name, List<String> columns, String purpose, String visibleTo, String keptFor,
            List<String> owners, List<String> secrets, String relationship) {
        public Table {
            columns = List.copyOf(columns);
            owners = List.copyOf(owners);
            secrets = List.copyOf(secrets);
        }

        /** A table with personal data whose rows belong to no single person (they are exported with others). */
        public static Table personal(String name, List<String> columns, String purpose, String visibleTo,
                String keptFor) {
            return new Table(name, columns, purpose, visibleTo, keptFor, List.of(), List.of(), null);
        }

        /** The same table, its rows belonging to the person in these columns. */
        public Table ownedBy(String... ownerColumns) {
            return new Table(name, columns, purpose, visibleTo, keptFor, List.of(ownerColumns), secrets, relationship);
        }

        /** The same table, these columns never exported. */
        public Table secret(String... secretColumns) {
            return new Table(name, columns, purpose, visibleTo, keptFor, owners, List.of(secretColumns), relationship);
        }

        /** The same table, the rows of the person's relationships (by this column) theirs to export too. */
        public Table ofRelationship(String relationshipColumn) {
            return new Table(name, columns, purpose, visibleTo, keptFor, owners, secrets, relationshipColumn);
        }

        /** A table without personal data, and what it holds instead. */
        public static Table none(String name, String holds) {
            return new Table(name, List.of(), holds, "", "", List.of(), List.of(), null);
        }

        public boolean personal() {
            return !columns.isEmpty();
        }
    }

    /** The feature that stores it, as in {@code features/*.json}. */
    String feature();

    List<Table> tables();
}
