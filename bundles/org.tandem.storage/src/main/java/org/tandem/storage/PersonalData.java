package org.tandem.storage;

import java.sql.Connection;
import java.sql.SQLException;
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
     * @param erase what erasing a person does to the table (since 1.4); null when not declared, which the
     *     register's check refuses for a personal table
     */
    record Table(String name, List<String> columns, String purpose, String visibleTo, String keptFor,
            List<String> owners, List<String> secrets, String relationship, Erase erase) {
        public Table {
            columns = List.copyOf(columns);
            owners = List.copyOf(owners);
            secrets = List.copyOf(secrets);
        }

        /** A table as declared before 1.4, without an erasure rule. */
        public Table(String name, List<String> columns, String purpose, String visibleTo, String keptFor,
                List<String> owners, List<String> secrets, String relationship) {
            this(name, columns, purpose, visibleTo, keptFor, owners, secrets, relationship, null);
        }

        /** The same table, erased this way. */
        public Table onErase(Erase rule) {
            return new Table(name, columns, purpose, visibleTo, keptFor, owners, secrets, relationship, rule);
        }

        /** A table with personal data whose rows belong to no single person (they are exported with others). */
        public static Table personal(String name, List<String> columns, String purpose, String visibleTo,
                String keptFor) {
            return new Table(name, columns, purpose, visibleTo, keptFor, List.of(), List.of(), null);
        }

        /** The same table, its rows belonging to the person in these columns. */
        public Table ownedBy(String... ownerColumns) {
            return new Table(name, columns, purpose, visibleTo, keptFor, List.of(ownerColumns), secrets, relationship,
                    erase);
        }

        /** The same table, these columns never exported. */
        public Table secret(String... secretColumns) {
            return new Table(name, columns, purpose, visibleTo, keptFor, owners, List.of(secretColumns), relationship,
                    erase);
        }

        /** The same table, the rows of the person's relationships (by this column) theirs to export too. */
        public Table ofRelationship(String relationshipColumn) {
            return new Table(name, columns, purpose, visibleTo, keptFor, owners, secrets, relationshipColumn, erase);
        }

        /** A table without personal data, and what it holds instead. */
        public static Table none(String name, String holds) {
            return new Table(name, List.of(), holds, "", "", List.of(), List.of(), null, Erase.keep("no personal data"));
        }

        public boolean personal() {
            return !columns.isEmpty();
        }
    }

    /**
     * What erasing a person (right to erasure) and anonymising a closed relationship (retention) do to a
     * table: SQL steps run in the eraser's one transaction, each a condition with one {@code ?} and the
     * text columns it removes (none: the rows are deleted). Text is replaced by {@link #REMOVED} where it
     * was set, so a partner's page says what happened instead of showing a gap.
     *
     * @param person the steps for a person's erasure ({@code ?} is the person's id)
     * @param relationship the steps when a closed relationship is anonymised ({@code ?} is its id)
     * @param custom what the declaring feature's {@link PersonalData#erase} does besides, or null
     * @param kept why rows stay, for the register's page; or null
     */
    record Erase(List<Step> person, List<Step> relationship, String custom, String kept) {
        public static final String REMOVED = "(removed: written by a former participant)";
        /** What an erased person is called in text others keep (their display name becomes "A former participant"). */
        public static final String FORMER = "a former participant";
        /** The issuer an erased person's row gets: no platform sends it, so no launch finds them again. */
        public static final String ERASED_ISSUER = "urn:tandem:erased";

        public Erase {
            person = List.copyOf(person);
            relationship = List.copyOf(relationship);
        }

        /** One statement: {@code where} with one {@code ?}; {@code columns} removed, or the rows deleted. */
        public record Step(String where, List<String> columns) {
            public Step {
                columns = List.copyOf(columns);
            }

            public boolean deletes() {
                return columns.isEmpty();
            }
        }

        /** The person's rows (by these columns) are deleted. */
        public static Erase deleteRows(String... byColumns) {
            return new Erase(List.of(new Step(whereAny(byColumns), List.of())), List.of(), null, null);
        }

        /** The rows stay as they are (they hold ids only, which name nobody once the person is anonymised). */
        public static Erase keep(String why) {
            return new Erase(List.of(), List.of(), null, why);
        }

        /** The declaring feature's {@link PersonalData#erase} does it. */
        public static Erase custom(String what) {
            return new Erase(List.of(), List.of(), what, null);
        }

        /** Besides: the declaring feature's {@link PersonalData#erase} does this. */
        public Erase withCustom(String what) {
            return new Erase(person, relationship, what, kept);
        }

        /** Besides: these columns are removed where the person wrote them ({@code where} has one {@code ?}). */
        public Erase removing(String where, String... textColumns) {
            return new Erase(plus(person, new Step(where, List.of(textColumns))), relationship, custom, kept);
        }

        /** Besides: when a closed relationship is anonymised, these columns of its rows are removed. */
        public Erase anonymising(String where, String... textColumns) {
            return new Erase(person, plus(relationship, new Step(where, List.of(textColumns))), custom, kept);
        }

        /** Besides: when a closed relationship is anonymised, its rows ({@code where}) are deleted. */
        public Erase anonymisingByDeleting(String where) {
            return new Erase(person, plus(relationship, new Step(where, List.of())), custom, kept);
        }

        /** Starting from nothing: only the steps added with {@link #removing} and {@link #anonymising}. */
        public static Erase steps() {
            return new Erase(List.of(), List.of(), null, null);
        }

        private static String whereAny(String... columns) {
            return String.join(" OR ", List.of(columns).stream().map(c -> c + " = ?").toList());
        }

        private static List<Step> plus(List<Step> steps, Step step) {
            java.util.ArrayList<Step> out = new java.util.ArrayList<>(steps);
            out.add(step);
            return out;
        }
    }

    /** The feature that stores it, as in {@code features/*.json}. */
    String feature();

    List<Table> tables();

    /**
     * The erasure a table's {@link Erase#custom} names, run in the eraser's transaction before the
     * declared steps and before the person's own row is anonymised (so their name can still be read
     * from {@code people}, to remove it from what others were sent). Since 1.4.
     */
    default void erase(Connection c, String personId) throws SQLException {
    }

    /**
     * What others keep about the person that the person may read in Tandem (a counterpart's feedback to
     * them), as named lists of rows for their export (values: text, numbers, booleans or null); the
     * person's own rows come from the declared tables. Since 1.4.
     */
    default java.util.Map<String, java.util.List<java.util.Map<String, Object>>> readableBy(Connection c,
            String personId) throws SQLException {
        return java.util.Map.of();
    }

    /**
     * The relationships that closed before {@code closedBefore}, with when each closed: the feature that
     * knows when a relationship ends answers (the workflow), the others none. Since 1.4.
     */
    default java.util.Map<String, java.time.Instant> closedRelationships(Connection c, java.time.Instant closedBefore)
            throws SQLException {
        return java.util.Map.of();
    }

    /** The anonymisation of a closed relationship that a custom rule names, in the job's transaction. Since 1.4. */
    default void anonymise(Connection c, String relationshipId) throws SQLException {
    }
}
