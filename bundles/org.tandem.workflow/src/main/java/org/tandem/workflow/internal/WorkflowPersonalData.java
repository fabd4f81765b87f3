package org.tandem.workflow.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;
import org.tandem.storage.PersonalData.Erase;
import org.tandem.storage.Sql;

/** The workflow's tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class WorkflowPersonalData implements PersonalData {
    private static final String REL = "relationship_id = ?";
    private static final String AS_MENTEE = "relationship_id IN (SELECT relationship_id FROM relationship_members WHERE"
            + " person_id = ? AND member_role = 'MENTEE')";
    private static final String AS_MENTOR = "relationship_id IN (SELECT relationship_id FROM relationship_members WHERE"
            + " person_id = ? AND member_role = 'MENTOR')";
    private static final String[] AGREEMENT = {"purpose", "goals", "roles_text", "confidentiality",
        "confidentiality_exceptions", "boundaries", "feedback_norms", "problem_resolution", "change_note"};
    private static final String[] GOAL = {"title", "measure", "actions", "resources", "relevance"};
    private static final String[] REFLECTION = {"what_worked", "what_to_change", "reflection"};
    private static final String UNTIL_DELETED = "until the person is erased, or the retention job anonymises the closed relationship";

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
                        "the members of the relationship", UNTIL_DELETED).ownedBy("person_id")
                        .onErase(Erase.deleteRows("person_id").anonymisingByDeleting(REL)),
                personal("mentor_acceptances", List.of("person_id"), "a mentor's acceptance of a relationship",
                        "the members; the program's coordinators", UNTIL_DELETED).ownedBy("person_id")
                        .onErase(Erase.keep("that a mentor accepted, and when")),
                personal("agreement_revisions", List.of("author_id", "purpose", "goals", "roles_text", "confidentiality",
                        "confidentiality_exceptions", "boundaries", "feedback_norms", "problem_resolution", "change_note"),
                        "the written mentoring agreement and its amendments, and who wrote each revision",
                        "the members of the relationship", UNTIL_DELETED).ofRelationship("relationship_id")
                        .onErase(Erase.steps().removing("author_id = ?", AGREEMENT).anonymising(REL, AGREEMENT)),
                personal("agreement_signatures", List.of("person_id"), "who signed which revision, and when",
                        "the members; the program's coordinators (that it is signed)", UNTIL_DELETED).ownedBy("person_id")
                        .onErase(Erase.keep("that the agreement was signed, and when")),
                personal("development_plans", List.of("self_assessment", "short_term_goals", "long_term_goals",
                        "mentor_comments"), "the individual development plan of the relationship's mentee",
                        "the members of the relationship", UNTIL_DELETED).ofRelationship("relationship_id")
                        .onErase(Erase.steps().removing(AS_MENTEE, "self_assessment", "short_term_goals", "long_term_goals")
                                .removing(AS_MENTOR, "mentor_comments").anonymising(REL, "self_assessment",
                                        "short_term_goals", "long_term_goals", "mentor_comments")),
                personal("smart_goals", List.of("owner_id", "title", "measure", "actions", "resources", "relevance"),
                        "SMART goals, whose they are and their progress", "the members of the relationship",
                        UNTIL_DELETED).ofRelationship("relationship_id")
                        .onErase(Erase.steps().removing("owner_id = ?", GOAL).anonymising(REL, GOAL)),
                personal("meetings", List.of("organizer_id", "logged_by_id", "agenda", "shared_notes", "next_steps",
                        "location"), "meetings planned and held, with notes both partners share",
                        "the members; coordinators see counts only", UNTIL_DELETED).ofRelationship("relationship_id")
                        .onErase(Erase.steps().removing("organizer_id = ?", "agenda", "location")
                                .removing("logged_by_id = ?", "shared_notes", "next_steps")
                                .anonymising(REL, "agenda", "location", "shared_notes", "next_steps")),
                personal("meeting_private_notes", List.of("author_id", "note"),
                        "a member's private note on a meeting", "its author only (not partners, coordinators or"
                                + " administrators)", UNTIL_DELETED).ownedBy("author_id")
                        .onErase(Erase.deleteRows("author_id").anonymisingByDeleting(
                                "meeting_id IN (SELECT id FROM meetings WHERE relationship_id = ?)")),
                personal("challenges", List.of("raised_by", "resolved_by", "title", "description", "resolution"),
                        "challenges a member raised and how they were resolved", "the members of the relationship",
                        UNTIL_DELETED).ofRelationship("relationship_id")
                        .onErase(Erase.steps().removing("raised_by = ?", "title", "description")
                                .removing("resolved_by = ?", "resolution").anonymising(REL, "title", "description",
                                        "resolution")),
                personal("closing_reflections", List.of("person_id", "what_worked", "what_to_change", "reflection",
                        "would_recommend"), "each member's closing reflection", "the members of the relationship",
                        UNTIL_DELETED).ownedBy("person_id").onErase(Erase.steps().removing("person_id = ?", REFLECTION)
                                .anonymising(REL, REFLECTION)),
                none("workflow_states", "each relationship's phase and iteration"),
                personal("workflow_transitions", List.of("actor_id", "reason"),
                        "the history of phase changes: who moved the relationship, when and why",
                        "the members; the program's coordinators", UNTIL_DELETED).ofRelationship("relationship_id")
                        .onErase(Erase.steps().removing("actor_id = ?", "reason").anonymising(REL, "reason")));
    }

    @Override
    public Map<String, Instant> closedRelationships(Connection c, Instant closedBefore) throws SQLException {
        Map<String, Instant> out = new HashMap<>();
        for (Object[] r : Sql.query(c, "SELECT t.relationship_id, MAX(t.occurred_at) FROM workflow_transitions t JOIN"
                + " workflow_states s ON s.relationship_id = t.relationship_id WHERE s.phase = 'CLOSED' AND t.to_phase ="
                + " 'CLOSED' GROUP BY t.relationship_id HAVING MAX(t.occurred_at) < ?", rs -> new Object[] {
                    rs.getString(1), rs.getTimestamp(2).toInstant()}, Timestamp.from(closedBefore))) {
            out.put((String) r[0], (Instant) r[1]);
        }
        return out;
    }
}
