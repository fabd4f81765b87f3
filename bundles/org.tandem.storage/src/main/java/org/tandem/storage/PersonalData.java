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
     */
    record Table(String name, List<String> columns, String purpose, String visibleTo, String keptFor) {
        public Table {
            columns = List.copyOf(columns);
        }

        public static Table personal(String name, List<String> columns, String purpose, String visibleTo,
                String keptFor) {
            return new Table(name, columns, purpose, visibleTo, keptFor);
        }

        /** A table without personal data, and what it holds instead. */
        public static Table none(String name, String holds) {
            return new Table(name, List.of(), holds, "", "");
        }

        public boolean personal() {
            return !columns.isEmpty();
        }
    }

    /** The feature that stores it, as in {@code features/*.json}. */
    String feature();

    List<Table> tables();
}
