package org.tandem.privacy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.tandem.storage.PersonalData;
import org.tandem.storage.PersonalData.Erase;
import org.tandem.storage.PersonalData.Erase.Step;
import org.tandem.storage.PersonalData.Table;
import org.tandem.storage.Sql;

/** Runs the register's erasure steps: deletes the rows a step selects, or replaces the text it names. */
final class Steps {
    private Steps() {
    }

    /** The person's steps (or a relationship's, with {@code ofRelationship}) of every declared table; rows changed. */
    static int run(Connection c, List<PersonalData> declared, String id, boolean ofRelationship) throws SQLException {
        int changed = 0;
        for (PersonalData d : declared) {
            for (Table t : d.tables()) {
                Erase e = t.erase();
                for (Step s : e == null ? List.<Step>of() : ofRelationship ? e.relationship() : e.person()) {
                    changed += run(c, t.name(), s, id);
                }
            }
        }
        return changed;
    }

    static int run(Connection c, String table, Step step, String id) throws SQLException {
        Object[] ids = Collections.nCopies(marks(step.where()), id).toArray();
        if (step.deletes()) {
            return Sql.update(c, "DELETE FROM " + table + " WHERE (" + step.where() + ")", ids);
        }
        int changed = 0;
        for (String column : step.columns()) {
            Object[] params = new Object[ids.length + 2];
            params[0] = Erase.REMOVED;
            System.arraycopy(ids, 0, params, 1, ids.length);
            params[params.length - 1] = Erase.REMOVED;
            changed += Sql.update(c, "UPDATE " + table + " SET " + column + " = ? WHERE (" + step.where() + ") AND "
                    + column + " IS NOT NULL AND " + column + " <> ?", params);
        }
        return changed;
    }

    private static int marks(String where) {
        return (int) where.chars().filter(ch -> ch == '?').count();
    }
}
