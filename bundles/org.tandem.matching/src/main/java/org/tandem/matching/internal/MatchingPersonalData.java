package org.tandem.matching.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** The matching tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class MatchingPersonalData implements PersonalData {
    private static final String UNTIL_DELETED = "until the person is erased";

    @Override
    public String feature() {
        return "matching";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("matching_profiles", List.of("person_id", "department", "languages", "roles_needed", "roles_offered", "conflicts", "preferred"),
                        "what a person offers or needs for matching, and whom they must not be paired with",
                        "the person; the program's coordinators", UNTIL_DELETED).ownedBy("person_id")
                        .onErase(Erase.deleteRows("person_id")),
                personal("matching_proposals", List.of("mentee_id", "mentor_id", "score", "breakdown"),
                        "pairs a matching run proposed, with their scores",
                        "the program's coordinators", UNTIL_DELETED).ownedBy("mentee_id", "mentor_id")
                        .onErase(Erase.deleteRows("mentee_id", "mentor_id")),
                personal("matching_requests", List.of("mentee_id", "mentor_id", "status"),
                        "a mentee's request to a mentor and its answer",
                        "the mentee and the mentor; the program's coordinators", UNTIL_DELETED).ownedBy("mentee_id", "mentor_id")
                        .onErase(Erase.keep("ids, status and score: the program's history of requests")),
                personal("matching_declined", List.of("mentee_id", "mentor_id"),
                        "pairs that a mentor declined, never proposed again",
                        "the program's coordinators", UNTIL_DELETED).ownedBy("mentee_id", "mentor_id")
                        .onErase(Erase.keep("ids only: the pair is never proposed again")),
                personal("matching_runs", List.of("created_by"),
                        "matching runs and who started them",
                        "the program's coordinators", UNTIL_DELETED).ownedBy("created_by")
                        .onErase(Erase.keep("who started a run: an id")),
                none("matching_settings", "a program's matching weights and rules"));
    }
}
