package org.tandem.workflow.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** The workflow's tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class WorkflowPersonalData implements PersonalData {
    private static final String UNTIL_DELETED = "until the relationship or the person is deleted (no automatic retention yet)";

    @Override
    public String feature() {
        return "workflow";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("preparation_forms", List.of("person_id", "values_text", "work_style", "short_term_goals",
                        "long_term_goals", "development_needs", "objectives", "offers", "capacity", "preferred_style",
                        "fit_rating", "fit_notes"), "each member's preparation for a relationship, written by them",
                        "the members of the relationship", UNTIL_DELETED).ownedBy("person_id"),
                personal("mentor_acceptances", List.of("person_id"), "a mentor's acceptance of a relationship",
                        "the members; the program's coordinators", UNTIL_DELETED).ownedBy("person_id"),
                personal("agreement_revisions", List.of("author_id", "purpose", "goals", "roles_text", "confidentiality",
                        "confidentiality_exceptions", "boundaries", "feedback_norms", "problem_resolution", "change_note"),
                        "the written mentoring agreement and its amendments, and who wrote each revision",
                        "the members of the relationship", UNTIL_DELETED).ofRelationship("relationship_id"),
                personal("agreement_signatures", List.of("person_id"), "who signed which revision, and when",
                        "the members; the program's coordinators (that it is signed)", UNTIL_DELETED).ownedBy("person_id"),
                personal("development_plans", List.of("self_assessment", "short_term_goals", "long_term_goals",
                        "mentor_comments"), "the individual development plan of the relationship's mentee",
                        "the members of the relationship", UNTIL_DELETED).ofRelationship("relationship_id"),
                personal("smart_goals", List.of("owner_id", "title", "measure", "actions", "resources", "relevance"),
                        "SMART goals, whose they are and their progress", "the members of the relationship",
                        UNTIL_DELETED).ofRelationship("relationship_id"),
                personal("meetings", List.of("organizer_id", "logged_by_id", "agenda", "shared_notes", "next_steps",
                        "location"), "meetings planned and held, with notes both partners share",
                        "the members; coordinators see counts only", UNTIL_DELETED).ofRelationship("relationship_id"),
                personal("meeting_private_notes", List.of("author_id", "note"),
                        "a member's private note on a meeting", "its author only (not partners, coordinators or"
                                + " administrators)", UNTIL_DELETED).ownedBy("author_id"),
                personal("challenges", List.of("raised_by", "resolved_by", "title", "description", "resolution"),
                        "challenges a member raised and how they were resolved", "the members of the relationship",
                        UNTIL_DELETED).ofRelationship("relationship_id"),
                personal("closing_reflections", List.of("person_id", "what_worked", "what_to_change", "reflection",
                        "would_recommend"), "each member's closing reflection", "the members of the relationship",
                        UNTIL_DELETED).ownedBy("person_id"),
                none("workflow_states", "each relationship's phase and iteration"),
                personal("workflow_transitions", List.of("actor_id", "reason"),
                        "the history of phase changes: who moved the relationship, when and why",
                        "the members; the program's coordinators", UNTIL_DELETED).ofRelationship("relationship_id"));
    }
}
