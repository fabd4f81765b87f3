package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tandem.model.Feature;
import org.tandem.model.ForbiddenException;
import org.tandem.model.Member;
import org.tandem.model.Page;
import org.tandem.model.PageRequest;
import org.tandem.model.PersonRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.AgreementContent;
import org.tandem.workflow.api.AgreementRevision;
import org.tandem.workflow.api.HealthService;
import org.tandem.workflow.api.HealthSignal;
import org.tandem.workflow.api.RelationshipHealth;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** Relationship health from the workflow's own data; thresholds from configuration. */
@Component(configurationPid = HealthConfig.PID, property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
@Designate(ocd = HealthConfig.class)
public class HealthComponent implements HealthService {
    private final Database db;
    private final WorkflowService workflow;
    private final RelationshipRepository relationships;
    private final ProgramRepository programs;
    private final PersonRepository people;
    private final HealthRules.Limits limits;

    @Activate
    public HealthComponent(HealthConfig config, @Reference Database db, @Reference WorkflowService workflow,
            @Reference RelationshipRepository relationships, @Reference ProgramRepository programs,
            @Reference PersonRepository people) {
        this.db = db;
        this.workflow = workflow;
        this.relationships = relationships;
        this.programs = programs;
        this.people = people;
        this.limits = new HealthRules.Limits(config.cadenceTolerance(), config.goalStaleWeeks(),
                config.oneSidedMinimum(), config.oneSidedShare());
    }

    @Override
    public RelationshipHealth health(String relationshipId, Actor actor) {
        WorkflowState s = workflow.state(relationshipId);
        if (!actor.programAdmin() && !s.isMember(actor.personId())) {
            throw new ForbiddenException(TEXT.format("access.health"));
        }
        return compute(s);
    }

    @Override
    public List<RelationshipHealth> programHealth(String programId, Actor actor) {
        if (!actor.programAdmin()) {
            throw new ForbiddenException(TEXT.format("access.whole-program-health"));
        }
        String tenant = programs.find(programId).map(Program::tenant).orElse(Program.LOCAL_TENANT);
        List<RelationshipHealth> out = new ArrayList<>();
        Page<Relationship> page;
        int offset = 0;
        do {
            page = relationships.listByProgram(programId, new PageRequest(offset, PageRequest.MAX_LIMIT));
            Map<String, String> names = new HashMap<>();
            people.findAll(page.items().stream().flatMap(r -> r.members().stream()).map(Member::personId)
                    .toList()).forEach(p -> names.put(p.id(), p.displayName()));
            for (Relationship r : page.items()) {
                out.add(db.inTransaction(c -> compute(c, WorkflowComponent.state(c, r, tenant, names))));
            }
            offset += PageRequest.MAX_LIMIT;
        } while (offset < page.total());
        return out;
    }

    private RelationshipHealth compute(WorkflowState s) {
        return db.inTransaction(c -> compute(c, s));
    }

    private RelationshipHealth compute(Connection c, WorkflowState s) throws SQLException {
        String id = s.relationship().id();
        AgreementContent agreement = AgreementStore.current(c, id, s.iteration())
                .map(AgreementRevision::content).orElse(null);
        Instant enabling = Sql.one(c, "SELECT MAX(occurred_at) FROM workflow_transitions WHERE relationship_id = ?"
                + " AND iteration = ? AND to_phase = 'ENABLING'", rs -> instant(rs.getTimestamp(1)), id,
                s.iteration()).orElse(null);
        Instant goals = Sql.one(c, "SELECT MAX(updated_at) FROM smart_goals WHERE relationship_id = ?"
                + " AND iteration = ?", rs -> instant(rs.getTimestamp(1)), id, s.iteration()).orElse(null);
        HealthRules.Inputs in = new HealthRules.Inputs(s.phase(), agreement == null ? null
                : agreement.meetingEveryDays(), agreement == null ? null : agreement.midpointReviewOn(), enabling,
                MeetingStore.meetings(c, id, s.iteration()), goals, s.names());
        List<HealthSignal> signals = HealthRules.signals(in, Instant.now(), limits);
        return new RelationshipHealth(id, s.phase(), HealthRules.status(signals), signals);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
