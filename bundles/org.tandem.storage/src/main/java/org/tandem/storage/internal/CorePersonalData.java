package org.tandem.storage.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.model.Feature;
import org.tandem.storage.PersonalData;

/** The core's tables in the privacy register: people, profiles, programs, relationships, the journal. */
@Component(property = Feature.PROPERTY + "=core")
public class CorePersonalData implements PersonalData {
    static final String UNTIL_DELETED = "until an administrator deletes the person (no automatic retention yet)";

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
                        UNTIL_DELETED).ownedBy("id"),
                personal("profiles", List.of("person_id", "career_stage", "short_term_goals", "long_term_goals",
                        "work_style", "mentor_capacity"), "the person's mentoring profile, written by them",
                        "the person; coordinators of their programs; administrators", UNTIL_DELETED).ownedBy("person_id"),
                personal("profile_entries", List.of("person_id", "entry"),
                        "lists in the profile (expertise, interests, languages), written by the person",
                        "as the profile", UNTIL_DELETED).ownedBy("person_id"),
                none("programs", "mentoring programs: name, description, model, dates, tenant"),
                personal("program_participants", List.of("person_id", "platform_roles"),
                        "who takes part in a program and as what (coordinator, mentee, mentor), from the LMS roles",
                        "the program's coordinators; the person; administrators",
                        "until the person or the program is deleted; inactive (not deleted) when they leave the course").ownedBy("person_id"),
                none("relationships", "mentoring relationships: program, title, dates"),
                personal("relationship_members", List.of("person_id", "member_role", "mentor_role"),
                        "who is in a relationship and in which role", "the members; the program's coordinators;"
                                + " administrators", "as long as the relationship").ownedBy("person_id"),
                personal("journal", List.of("properties"),
                        "events that must not be lost (a meeting planned, a form answered), with the ids of the people"
                                + " concerned, until every feature has reacted", "nobody through the API",
                        "until every feature that listens has handled the event"),
                none("journal_consumers", "which feature has read the journal how far"),
                none("journal_handled", "which events a feature has handled"),
                none("tandem_schema_history", "which schema migrations ran"),
                none("tandem_schema_lock", "the lock that lets one node migrate at a time"));
    }
}
