package org.tandem.storage.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.model.Feature;
import org.tandem.storage.Journal;
import org.tandem.storage.PersonalData;
import org.tandem.storage.Sql;

/** The core's tables in the privacy register: people, profiles, programs, relationships, the journal. */
@Component(property = Feature.PROPERTY + "=core")
public class CorePersonalData implements PersonalData {
    static final String UNTIL_DELETED = "until the person is erased";
    /** What an erased person is called where others still see that someone was there. */
    public static final String FORMER = "A former participant";

    @Override
    public String feature() {
        return "core";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("people", List.of("id", "issuer", "subject", "display_name", "email", "locale", "picture_url"),
                        "who a person is: their LMS identity (issuer and subject), name, e-mail, language and picture, as"
                                + " their platform sent them at launch",
                        "the person; their programs' coordinators and their partners (name and picture); administrators",
                        UNTIL_DELETED).ownedBy("id").onErase(Erase.custom("anonymised in place, last: the name becomes “"
                                + FORMER + "”, e-mail, language and picture go, and the LMS identity is replaced, so a"
                                + " later launch of the same LMS user starts a fresh person; a relationship's title that"
                                + " names them names a former participant instead")),
                personal("profiles", List.of("person_id", "career_stage", "short_term_goals", "long_term_goals",
                        "work_style", "mentor_capacity"), "the person's mentoring profile, written by them",
                        "the person; coordinators of their programs; administrators", UNTIL_DELETED).ownedBy("person_id")
                        .onErase(Erase.deleteRows("person_id")),
                personal("profile_entries", List.of("person_id", "entry"),
                        "lists in the profile (expertise, interests, languages), written by the person",
                        "as the profile", UNTIL_DELETED).ownedBy("person_id").onErase(Erase.deleteRows("person_id")),
                none("programs", "mentoring programs: name, description, model, dates, tenant"),
                personal("program_participants", List.of("person_id", "platform_roles"),
                        "who takes part in a program and as what (coordinator, mentee, mentor), from the LMS roles",
                        "the program's coordinators; the person; administrators",
                        "until the person or the program is deleted; inactive (not deleted) when they leave the course")
                        .ownedBy("person_id").onErase(Erase.keep("who took part as what: the program's counts; the id"
                                + " names nobody once the person is anonymised")),
                none("relationships", "mentoring relationships: program, title, dates"),
                personal("relationship_members", List.of("person_id", "member_role", "mentor_role"),
                        "who is in a relationship and in which role", "the members; the program's coordinators;"
                                + " administrators", "as long as the relationship").ownedBy("person_id")
                        .onErase(Erase.keep("the relationship's members and roles, shown as a former participant")),
                personal("journal", List.of("properties"),
                        "events that must not be lost (a meeting planned, a form answered), with the ids of the people"
                                + " concerned, until every feature has reacted", "nobody through the API",
                        "until every feature that listens has handled the event").onErase(Erase.custom("entries that"
                                + " name the person or their relationships lose the text people wrote that they carry (a meeting's"
                                + " place, a reason)")),
                none("journal_consumers", "which feature has read the journal how far"),
                none("journal_handled", "which events a feature has handled"),
                none("tandem_schema_history", "which schema migrations ran"),
                none("tandem_schema_lock", "the lock that lets one node migrate at a time"));
    }

    @Override
    public void erase(Connection c, String personId) throws SQLException {
        Journal.forget(c, personId);
        for (String r : Sql.query(c, "SELECT relationship_id FROM relationship_members WHERE person_id = ?",
                rs -> rs.getString(1), personId)) {
            Journal.forget(c, r);
        }
        String name = Sql.one(c, "SELECT display_name FROM people WHERE id = ?", rs -> rs.getString(1), personId)
                .orElse(null);
        if (name != null && !name.isBlank() && !FORMER.equals(name)) {
            for (String[] r : Sql.query(c, "SELECT r.id, r.title FROM relationships r JOIN relationship_members m ON"
                    + " m.relationship_id = r.id WHERE m.person_id = ? AND r.title IS NOT NULL", rs -> new String[] {
                        rs.getString(1), rs.getString(2)}, personId)) {
                if (r[1].contains(name)) {
                    Sql.update(c, "UPDATE relationships SET title = ?, version = version + 1 WHERE id = ?",
                            r[1].replace(name, Erase.FORMER), r[0]);
                }
            }
        }
        Sql.update(c, "UPDATE people SET issuer = ?, subject = ?, display_name = ?, email = NULL, locale = NULL,"
                + " picture_url = NULL, version = version + 1, updated_at = ? WHERE id = ?", Erase.ERASED_ISSUER, personId,
                FORMER, Sql.now(), personId);
    }

    @Override
    public void anonymise(Connection c, String relationshipId) throws SQLException {
        Journal.forget(c, relationshipId);
    }
}
