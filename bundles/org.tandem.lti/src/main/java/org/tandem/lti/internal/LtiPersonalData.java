package org.tandem.lti.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** The LTI tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class LtiPersonalData implements PersonalData {
    @Override
    public String feature() {
        return "lti";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("lti_sessions", List.of("person_id", "tool_roles", "created_at"),
                        "a person's sessions from launches: when, from which platform and course, with which roles",
                        "nobody through the API (the person's own browser holds the token)", "until the session expires (sessionMinutes, 480) and the sweeper removes it").ownedBy("person_id").secret("token_hash")
                        .onErase(Erase.deleteRows("person_id")),
                personal("lti_scores", List.of("person_id", "label", "score_given"),
                        "milestones sent to the course gradebook (agreement signed, relationship concluded)",
                        "the course's gradebook in the LMS", "until the platform has taken it; then kept as sent").ownedBy("person_id")
                        .onErase(Erase.deleteRows("person_id")),
                none("lti_platforms", "registered platforms and their addresses, and the last launch"),
                none("lti_deployments", "the deployments of each platform"),
                none("lti_contexts", "which course of which platform is which program"),
                none("lti_logins", "a login's state and nonce for the minutes a launch takes"),
                none("lti_registration_links", "one-time dynamic registration links (only their SHA-256)"),
                none("lti_tool_keys", "Tandem's own signing keys"));
    }
}
