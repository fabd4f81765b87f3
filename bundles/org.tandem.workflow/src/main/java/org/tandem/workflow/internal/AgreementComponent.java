package org.tandem.workflow.internal;

import static org.tandem.workflow.internal.Texts.TEXT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.tandem.model.Feature;
import org.tandem.model.StaleVersionException;
import org.tandem.storage.Database;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.AgreementContent;
import org.tandem.workflow.api.AgreementRevision;
import org.tandem.workflow.api.AgreementService;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.WorkflowEvents;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;
import org.tandem.features.api.ActiveFeature;
import org.tandem.workflow.internal.WorkflowFeature;

/** Agreements: drafted and signed while Negotiating; amended and signed again while Enabling. */
@Component(property = Feature.PROPERTY + "=workflow",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = WorkflowFeature.ON))
public class AgreementComponent implements AgreementService {
    private static final String MEMBERS_ONLY = "access.agreement";
    private final Database db;
    private final WorkflowService workflow;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public AgreementComponent(@Reference Database db, @Reference WorkflowService workflow) {
        this.db = db;
        this.workflow = workflow;
    }

    @Override
    public Optional<AgreementRevision> current(String relationshipId) {
        WorkflowState s = workflow.state(relationshipId);
        return db.inTransaction(c -> AgreementStore.current(c, relationshipId, s.iteration()));
    }

    @Override
    public List<AgreementRevision> history(String relationshipId) {
        workflow.state(relationshipId);
        return db.inTransaction(c -> AgreementStore.all(c, relationshipId));
    }

    @Override
    public AgreementRevision write(String relationshipId, Actor actor, AgreementContent content, String changeNote,
            int expectedRevision) {
        WorkflowState s = workflow.state(relationshipId);
        Access.member(s, actor, MEMBERS_ONLY);
        Access.phase(s, "agreement", Phase.NEGOTIATING, Phase.ENABLING);
        AgreementChecks.draft(content);
        Events.change(db, events, s, c -> {
            int latest = AgreementStore.latest(c, relationshipId, s.iteration());
            if (latest != expectedRevision) {
                throw new StaleVersionException("agreement of relationship", relationshipId, expectedRevision, latest);
            }
            AgreementStore.insert(c, relationshipId, s.iteration(), latest + 1, content, actor.personId(),
                    changeNote);
            return latest + 1;
        }, (c, written) -> List.of(new Events.Announcement(WorkflowEvents.AGREEMENT_WRITTEN, Map.of(
                WorkflowEvents.PERSON, actor.personId(), WorkflowEvents.REVISION, written, WorkflowEvents.ITERATION,
                s.iteration()))));
        return current(relationshipId).orElseThrow();
    }

    @Override
    public AgreementRevision sign(String relationshipId, Actor actor, int revision) {
        WorkflowState s = workflow.state(relationshipId);
        Access.member(s, actor, MEMBERS_ONLY);
        Access.phase(s, "signatures", Phase.NEGOTIATING, Phase.ENABLING);
        return Events.change(db, events, s, c -> {
            AgreementRevision current = AgreementStore.current(c, relationshipId, s.iteration())
                    .orElseThrow(() -> new StaleVersionException("agreement of relationship", relationshipId,
                            revision, 0));
            if (current.revision() != revision) {
                throw new StaleVersionException("agreement of relationship", relationshipId, revision,
                        current.revision());
            }
            AgreementChecks.complete(current.content());
            AgreementStore.sign(c, relationshipId, s.iteration(), revision, actor.personId());
            return AgreementStore.current(c, relationshipId, s.iteration()).orElseThrow();
        }, (c, signed) -> List.of(new Events.Announcement(WorkflowEvents.AGREEMENT_SIGNED, Map.of(
                WorkflowEvents.PERSON, actor.personId(), WorkflowEvents.REVISION, revision, WorkflowEvents.ITERATION,
                s.iteration(), WorkflowEvents.COMPLETE, s.relationship().members().stream()
                        .allMatch(m -> signed.signedBy().contains(m.personId()))))));
    }
}
