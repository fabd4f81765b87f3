package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.tandem.model.Feature;
import org.tandem.model.ForbiddenException;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.NotFoundException;
import org.tandem.model.PersonRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.model.StaleVersionException;
import org.tandem.storage.Database;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Condition;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.PreparationForm;
import org.tandem.workflow.api.Transition;
import org.tandem.workflow.api.TransitionGuard;
import org.tandem.workflow.api.TransitionRefusedException;
import org.tandem.workflow.api.WorkflowEvents;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** The workflow: built-in rules plus every registered {@link TransitionGuard}, stored through {@link Database}. */
@Component(property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
public class WorkflowComponent implements WorkflowService {
    static final String MODULE = "org.tandem.workflow";
    static final List<String> MIGRATIONS = List.of("org/tandem/workflow/internal/migrations/V1__workflow.sql",
            "org/tandem/workflow/internal/migrations/V2__agreements_and_plans.sql",
            "org/tandem/workflow/internal/migrations/V3__reflections.sql",
            "org/tandem/workflow/internal/migrations/V4__meetings_and_challenges.sql",
            "org/tandem/workflow/internal/migrations/V5__development_plans.sql",
            "org/tandem/workflow/internal/migrations/V6__meeting_location.sql");

    private final Database db;
    private final RelationshipRepository relationships;
    private final PersonRepository people;
    private final ProgramRepository programs;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<TransitionGuard> guards = List.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public WorkflowComponent(@Reference Database db, @Reference RelationshipRepository relationships,
            @Reference PersonRepository people, @Reference ProgramRepository programs) {
        this.db = db;
        this.relationships = relationships;
        this.people = people;
        this.programs = programs;
        db.migrate(MODULE, WorkflowComponent.class.getClassLoader(), MIGRATIONS);
    }

    @Override
    public WorkflowState state(String relationshipId) {
        Relationship r = relationships.find(relationshipId)
                .orElseThrow(() -> new NotFoundException("relationship", relationshipId));
        String tenant = programs.find(r.programId()).map(Program::tenant).orElse(Program.LOCAL_TENANT);
        Map<String, String> names = new HashMap<>();
        people.findAll(r.members().stream().map(Member::personId).toList())
                .forEach(p -> names.put(p.id(), p.displayName()));
        return db.inTransaction(c -> state(c, r, tenant, names));
    }

    /**
     * The state of a relationship already read, in the caller's transaction (a program's health reads
     * its relationships, their program and their people once for all of them).
     *
     * @param names the display names of (at least) the relationship's members, by person id
     */
    static WorkflowState state(Connection c, Relationship r, String tenant, Map<String, String> names)
            throws SQLException {
        String id = r.id();
        WorkflowStore.Row row = WorkflowStore.row(c, id);
        List<String> members = r.members().stream().map(Member::personId).toList();
        boolean signed = AgreementStore.current(c, id, row.iteration())
                .map(a -> a.signedBy().containsAll(members)).orElse(false);
        Map<String, String> theirs = new HashMap<>();
        members.forEach(m -> {
            if (names.containsKey(m)) {
                theirs.put(m, names.get(m));
            }
        });
        return new WorkflowState(r, row.phase(), row.iteration(), row.version(),
                WorkflowStore.people(c, "preparation_forms", id), WorkflowStore.people(c, "mentor_acceptances", id),
                signed, (int) GoalStore.countActive(c, id, row.iteration()), (int) GoalStore.countOpen(c, id,
                        row.iteration()), WorkflowStore.reflected(c, id, row.iteration()), theirs, tenant);
    }

    @Override
    public List<Transition> history(String relationshipId) {
        state(relationshipId);
        return db.inTransaction(c -> WorkflowStore.history(c, relationshipId));
    }

    @Override
    public List<Condition> unmet(String relationshipId, Phase to, Actor actor) {
        return unmet(state(relationshipId), to, actor, "(checking)");
    }

    private List<Condition> unmet(WorkflowState s, Phase to, Actor actor, String reason) {
        Access.party(s, actor);
        List<Condition> missing = new ArrayList<>(BuiltInRules.unmet(s, to, actor, reason));
        if (missing.stream().noneMatch(m -> m.code().equals("illegal-transition"))) {
            for (TransitionGuard guard : guards) {
                missing.addAll(guard.unmet(s, to, actor));
            }
        }
        return missing;
    }

    @Override
    public WorkflowState transition(String relationshipId, Phase to, Actor actor, String reason, long expectedVersion) {
        WorkflowState s = state(relationshipId);
        if (expectedVersion != s.version()) {
            throw new StaleVersionException("workflow of relationship", relationshipId, expectedVersion, s.version());
        }
        List<Condition> missing = unmet(s, to, actor, reason);
        if (!missing.isEmpty()) {
            throw new TransitionRefusedException(s.phase(), to, missing);
        }
        int iteration = s.phase() == Phase.CLOSING && to == Phase.NEGOTIATING ? s.iteration() + 1 : s.iteration();
        Transition t = new Transition(relationshipId, iteration, s.phase(), to, actor.personId(),
                actor.programAdmin() && !s.isMember(actor.personId()), reason == null ? null : reason.strip(),
                Instant.now());
        Events.change(db, events, s, c -> {
            WorkflowStore.move(c, relationshipId, new WorkflowStore.Row(s.phase(), s.iteration(), expectedVersion),
                    new WorkflowStore.Row(to, iteration, expectedVersion + 1), t);
            if (iteration > s.iteration()) {
                GoalStore.carryForward(c, relationshipId, s.iteration());
                PlanStore.carryForward(c, relationshipId, s.iteration());
            }
            return null;
        }, WorkflowEvents.TRANSITIONED, Map.of(WorkflowEvents.FROM, s.phase().name(), WorkflowEvents.TO,
                to.name(), WorkflowEvents.ITERATION, iteration, WorkflowEvents.PERSON, actor.personId(),
                WorkflowEvents.REASON, t.reason() == null ? "" : t.reason()));
        return state(relationshipId);
    }

    @Override
    public void prepare(String relationshipId, Actor actor, PreparationForm form) {
        WorkflowState s = state(relationshipId);
        MemberRole role = Access.member(s, actor, "access.preparation");
        Access.phase(s, "preparation", Phase.PREPARING);
        PreparationChecks.check(form, role);
        Events.change(db, events, s, c -> {
            WorkflowStore.savePreparation(c, relationshipId, actor.personId(), form);
            return null;
        }, WorkflowEvents.PREPARED, Map.of(WorkflowEvents.PERSON, actor.personId()));
    }

    @Override
    public Optional<PreparationForm> preparation(String relationshipId, String personId) {
        state(relationshipId);
        return db.inTransaction(c -> WorkflowStore.preparation(c, relationshipId, personId));
    }

    @Override
    public void accept(String relationshipId, Actor actor) {
        WorkflowState s = state(relationshipId);
        if (Access.member(s, actor, "access.mentor-accepts") != MemberRole.MENTOR) {
            throw new ForbiddenException(TEXT.format("access.mentor-accepts"));
        }
        Access.phase(s, "acceptance", Phase.PREPARING);
        Events.change(db, events, s, c -> {
            WorkflowStore.accept(c, relationshipId, actor.personId());
            return null;
        }, WorkflowEvents.ACCEPTED, Map.of(WorkflowEvents.PERSON, actor.personId()));
    }
}
