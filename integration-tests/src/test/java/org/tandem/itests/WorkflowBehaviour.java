package org.tandem.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.tandem.model.ConflictException;
import org.tandem.model.ForbiddenException;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.MentoringModel;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.AgreementContent;
import org.tandem.workflow.api.AgreementRevision;
import org.tandem.workflow.api.AgreementService;
import org.tandem.workflow.api.GoalStatus;
import org.tandem.workflow.api.HealthService;
import org.tandem.workflow.api.HealthSignal;
import org.tandem.workflow.api.Meeting;
import org.tandem.workflow.api.MeetingKind;
import org.tandem.workflow.api.MeetingMode;
import org.tandem.workflow.api.MeetingService;
import org.tandem.workflow.api.MeetingStatus;
import org.tandem.workflow.api.Challenge;
import org.tandem.workflow.api.Condition;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.PlanService;
import org.tandem.workflow.api.PreparationForm;
import org.tandem.workflow.api.Reflection;
import org.tandem.workflow.api.ReflectionService;
import org.tandem.workflow.api.RelationshipHealth;
import org.tandem.workflow.api.SmartGoal;
import org.tandem.workflow.api.TransitionGuard;
import org.tandem.workflow.api.TransitionRefusedException;
import org.tandem.workflow.api.WorkflowEvents;
import org.tandem.workflow.api.WorkflowService;
import org.tandem.workflow.api.WorkflowState;

/** The workflow bundle through the service registry, on the real storage. */
public abstract class WorkflowBehaviour {
    private static final PreparationForm MENTEE_FORM = new PreparationForm("curiosity", "written plans",
            "submit a first-author paper", "lead an independent lab", "grant writing", "learn to plan a career",
            null, null, null, 4, "close research interests");
    private static final PreparationForm MENTOR_FORM = new PreparationForm(null, null, null, null, null, null,
            "career advice and introductions", 2, "monthly video calls", 5, null);

    @Inject
    protected BundleContext context;
    @Inject
    protected WorkflowService workflow;
    @Inject
    protected ProgramRepository programs;
    @Inject
    protected PersonRepository people;
    @Inject
    protected RelationshipRepository relationships;
    @Inject
    protected AgreementService agreements;
    @Inject
    protected PlanService plans;
    @Inject
    protected ReflectionService reflections;
    @Inject
    protected MeetingService meetings;
    @Inject
    protected HealthService health;

    private String maya;
    private String lena;
    private String tomas;
    private String team;

    @Before
    public void aTeamRelationship() {
        String skip = System.getProperty("tandem.it.skip", "");
        Assume.assumeTrue(skip, skip.isEmpty());
        Program p = programs.create(new Program(null, 0, "Postdoc mentoring", null, MentoringModel.TEAM, true,
                LocalDate.of(2026, 9, 1), null, null));
        maya = person("Maya Okafor");
        lena = person("Dr Lena Fischer");
        tomas = person("Dr Tomás Ruiz");
        team = relationships.create(new Relationship(null, 0, p.id(), "Maya's team", List.of(
                new Member(maya, MemberRole.MENTEE, null), new Member(lena, MemberRole.MENTOR, MentorRole.CAREER),
                new Member(tomas, MemberRole.MENTOR, MentorRole.PSYCHOSOCIAL)), null, null)).id();
    }

    private String person(String name) {
        return people.create(new Person(null, 0, "https://moodle.example.edu", name + System.nanoTime(), name,
                null, "en")).id();
    }

    private static Actor as(String personId) {
        return new Actor(personId, false);
    }

    private List<String> refusal(Phase to, String actor) {
        WorkflowState s = workflow.state(team);
        try {
            workflow.transition(team, to, as(actor), null, s.version());
            fail("the move to " + to + " should have been refused");
            return List.of();
        } catch (TransitionRefusedException e) {
            return e.unmet().stream().map(Condition::code).toList();
        }
    }

    private void everyoneReady() {
        workflow.prepare(team, as(maya), MENTEE_FORM);
        workflow.prepare(team, as(lena), MENTOR_FORM);
        workflow.prepare(team, as(tomas), MENTOR_FORM);
        workflow.accept(team, as(lena));
        workflow.accept(team, as(tomas));
    }

    @Test
    public void aTeamMovesToNegotiatingOnceEveryoneIsPreparedAndEveryMentorAccepted() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, WorkflowEvents.TRANSITIONED);
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, topic);
        try {
            WorkflowState start = workflow.state(team);
            assertEquals(Phase.PREPARING, start.phase());
            assertEquals(1, start.iteration());
            assertEquals(List.of("preparation-missing", "preparation-missing", "preparation-missing",
                    "acceptance-missing", "acceptance-missing"), refusal(Phase.NEGOTIATING, maya));

            workflow.prepare(team, as(maya), MENTEE_FORM);
            workflow.prepare(team, as(lena), MENTOR_FORM);
            workflow.prepare(team, as(tomas), MENTOR_FORM);
            workflow.accept(team, as(lena));
            List<Condition> left = workflow.unmet(team, Phase.NEGOTIATING, as(maya));
            assertEquals(1, left.size());
            assertTrue(left.get(0).message(), left.get(0).message().contains("Dr Tomás Ruiz"));

            workflow.accept(team, as(tomas));
            WorkflowState moved = workflow.transition(team, Phase.NEGOTIATING, as(maya), "ready", 0);
            assertEquals(Phase.NEGOTIATING, moved.phase());
            assertEquals(1, moved.version());
            assertEquals(maya, workflow.history(team).get(0).actorId());
            Event e = events.poll(10, TimeUnit.SECONDS);
            assertNotNull("a TRANSITIONED event is posted", e);
            assertEquals(team, e.getProperty(WorkflowEvents.RELATIONSHIP));
            assertEquals("NEGOTIATING", e.getProperty(WorkflowEvents.TO));
            assertEquals(MENTEE_FORM, workflow.preparation(team, maya).orElseThrow());
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void enablingWaitsForASignedAgreementAndASmartGoal() {
        everyoneReady();
        workflow.transition(team, Phase.NEGOTIATING, as(lena), null, 0);
        assertEquals(List.of("agreement-unsigned", "smart-goal-missing"), refusal(Phase.ENABLING, maya));
    }

    @Test
    public void illegalForbiddenStaleAndIncompleteRequestsChangeNothing() {
        assertEquals(List.of("illegal-transition"), refusal(Phase.ENABLING, maya));
        String outsider = person("Olga Outsider");
        expect(ForbiddenException.class, () -> workflow.transition(team, Phase.NEGOTIATING, as(outsider), null, 0));
        expect(ForbiddenException.class, () -> workflow.accept(team, as(maya)));
        expect(ForbiddenException.class, () -> workflow.prepare(team, as(outsider), MENTEE_FORM));
        ValidationException v = expect(ValidationException.class, () -> workflow.prepare(team, as(maya), MENTOR_FORM));
        assertEquals("shortTermGoals", v.errors().get(0).field());
        everyoneReady();
        expect(StaleVersionException.class, () -> workflow.transition(team, Phase.NEGOTIATING, as(maya), null, 3));
        assertEquals(Phase.PREPARING, workflow.state(team).phase());
        assertTrue(workflow.history(team).isEmpty());
    }

    @Test
    public void aGuardFromAnotherBundleAppliesOnlyWhileItIsRegistered() {
        everyoneReady();
        TransitionGuard training = (state, to, actor) -> to == Phase.NEGOTIATING
                ? List.of(new Condition("training-missing", "Dr Lena Fischer has not finished Entering Mentoring"))
                : List.of();
        ServiceRegistration<TransitionGuard> guard = context.registerService(TransitionGuard.class, training, null);
        try {
            assertEquals(List.of("training-missing"), refusal(Phase.NEGOTIATING, maya));
        } finally {
            guard.unregister();
        }
        assertEquals(Phase.NEGOTIATING, workflow.transition(team, Phase.NEGOTIATING, as(maya), null, 0).phase());
    }

    @Test
    public void theWorkflowSurvivesARestartOfStorage() throws Exception {
        everyoneReady();
        workflow.transition(team, Phase.NEGOTIATING, as(maya), "all set", 0);
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().equals("org.tandem.storage") || b.getSymbolicName().equals("org.tandem.derby")) {
                b.stop();
                b.start();
            }
        }
        Waits.until("the workflow is back", () -> context.getServiceReference(WorkflowService.class) != null);
        WorkflowService again = context.getService(context.getServiceReference(WorkflowService.class));
        assertEquals(Phase.NEGOTIATING, again.state(team).phase());
        assertEquals("all set", again.history(team).get(0).reason());
    }

    @Test
    public void aTeamGoesFromPreparingToClosedWithAnAmendedAgreement() {
        everyoneReady();
        workflow.transition(team, Phase.NEGOTIATING, as(maya), null, 0);
        AgreementContent draft = new AgreementContent("Grow as an independent researcher", null, null, 14, null,
                null, null, null, null, null, null, null, null, null, null);
        AgreementRevision first = agreements.write(team, as(maya), draft, "first draft", 0);
        ValidationException incomplete = expect(ValidationException.class, () -> agreements.sign(team, as(maya), 1));
        assertTrue(incomplete.errors().stream().anyMatch(f -> f.field().equals("confidentiality")));
        AgreementContent full = new AgreementContent("Grow as an independent researcher", "See the plan",
                "Maya sets agendas; Lena: career; Tomás: support", 14, 45, MeetingMode.VIDEO, 48,
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), LocalDate.of(2027, 3, 1),
                "What we discuss stays between us", "Risk of harm", null, "Monthly, both ways",
                "Talk first; no-fault ending");
        expect(StaleVersionException.class, () -> agreements.write(team, as(lena), full, "stale", 0));
        agreements.write(team, as(lena), full, "completed the sections", first.revision());
        for (String member : List.of(maya, lena, tomas)) {
            agreements.sign(team, as(member), 2);
        }
        assertEquals(List.of("smart-goal-missing"), refusal(Phase.ENABLING, maya));
        SmartGoal goal = plans.addGoal(team, as(maya), new SmartGoal(null, 0, "Submit a first-author paper",
                "Accepted for review by a journal", "Draft by March", "Writing group", "Needed for faculty jobs",
                maya, LocalDate.of(2027, 6, 30), 0, GoalStatus.OPEN));
        WorkflowState enabling = workflow.transition(team, Phase.ENABLING, as(tomas), null, 1);
        assertEquals(Phase.ENABLING, enabling.phase());

        plans.updateGoal(team, as(maya), new SmartGoal(goal.id(), goal.version(), goal.title(), goal.measure(),
                goal.actions(), goal.resources(), goal.relevance(), maya, goal.dueOn(), 40, GoalStatus.OPEN));
        assertEquals(40, plans.goals(team).get(0).progress());
        AgreementContent amended = new AgreementContent(full.purpose(), full.goals(), full.roles(), 21, 45,
                MeetingMode.MIXED, 48, full.startsOn(), full.endsOn(), full.midpointReviewOn(), full.confidentiality(),
                full.confidentialityExceptions(), full.boundaries(), full.feedbackNorms(), full.problemResolution());
        AgreementRevision amendment = agreements.write(team, as(lena), amended, "meet every three weeks", 2);
        assertEquals(3, amendment.revision());
        assertTrue("an amendment must be signed again", amendment.signedBy().isEmpty());
        expect(StaleVersionException.class, () -> agreements.sign(team, as(maya), 2));
        agreements.sign(team, as(maya), 3);
        assertEquals(3, agreements.history(team).size());

        List<String> noReason = refusalWithReason(Phase.CLOSING, maya, null);
        assertEquals(List.of("reason-missing"), noReason);
        workflow.transition(team, Phase.CLOSING, as(maya), "Paper submitted; time to wrap up", 2);
        assertEquals(List.of("reflection-missing", "reflection-missing", "reflection-missing",
                "goal-outcome-missing"), refusal(Phase.CLOSED, maya));
        Actor admin = new Actor(person("Program Admin"), true);
        WorkflowState closed = workflow.transition(team, Phase.CLOSED, admin, "Program year ended", 3);
        assertEquals(Phase.CLOSED, closed.phase());
        List<Phase> path = workflow.history(team).stream().map(t -> t.to()).toList();
        assertEquals(List.of(Phase.NEGOTIATING, Phase.ENABLING, Phase.CLOSING, Phase.CLOSED), path);
        assertTrue(workflow.history(team).get(3).byAdmin());
        expect(ConflictException.class, () -> plans.addGoal(team, as(maya), goal));
    }

    @Test
    public void aPairClosesWithReflectionsAndOutcomesOrStartsANextIterationWithItsOpenGoals() {
        Program oneToOne = programs.create(new Program(null, 0, "Peer-reviewed pairs", null,
                MentoringModel.ONE_TO_ONE, true, null, null, null));
        String ana = person("Ana Mentee");
        String ben = person("Dr Ben Mentor");
        String pair = relationships.create(new Relationship(null, 0, oneToOne.id(), null, List.of(
                new Member(ana, MemberRole.MENTEE, null), new Member(ben, MemberRole.MENTOR, MentorRole.RESEARCH)),
                null, null)).id();
        workflow.prepare(pair, as(ana), MENTEE_FORM);
        workflow.prepare(pair, as(ben), MENTOR_FORM);
        workflow.accept(pair, as(ben));
        workflow.transition(pair, Phase.NEGOTIATING, as(ben), null, 0);
        agreements.write(pair, as(ana), COMPLETE, null, 0);
        agreements.sign(pair, as(ana), 1);
        agreements.sign(pair, as(ben), 1);
        SmartGoal paper = plans.addGoal(pair, as(ana), goal("Submit a paper", ana));
        plans.addGoal(pair, as(ana), goal("Give a conference talk", ana));
        workflow.transition(pair, Phase.ENABLING, as(ana), null, 1);
        workflow.transition(pair, Phase.CLOSING, as(ben), "One year is over", 2);

        reflections.reflect(pair, as(ana), new Reflection("Honest feedback", "Meet more often", "I grew a lot", true));
        reflections.reflect(pair, as(ben), new Reflection(null, null, "Rewarding for me too", true));
        expect(ForbiddenException.class, () -> reflections.reflections(pair, as(person("Nosy Outsider"))));
        assertEquals(2, reflections.reflections(pair, as(ben)).size());
        plans.updateGoal(pair, as(ana), withStatus(paper, GoalStatus.ACHIEVED));
        List<Condition> left = workflow.unmet(pair, Phase.CLOSED, as(ana));
        assertEquals(List.of("goal-outcome-missing"), left.stream().map(Condition::code).toList());

        WorkflowState next = workflow.transition(pair, Phase.NEGOTIATING, as(ana), "Second year together", 3);
        assertEquals(2, next.iteration());
        List<SmartGoal> carried = plans.goals(pair);
        assertEquals(1, carried.size());
        assertEquals("Give a conference talk", carried.get(0).title());
        assertTrue("a new iteration needs its own agreement", agreements.current(pair).isEmpty());
        assertEquals(1, agreements.history(pair).size());
        assertEquals(List.of("agreement-unsigned"), workflow.unmet(pair, Phase.ENABLING, as(ana)).stream()
                .map(Condition::code).toList());
    }

    @Test
    public void privateNotesStayWithTheirAuthorAndHeldMeetingsAreAnnounced() throws Exception {
        Meeting first = new Meeting(null, 0, MeetingKind.REGULAR, Instant.now().plus(7, ChronoUnit.DAYS), 45,
                MeetingMode.VIDEO, "Paper outline; conference plans", null, null, null, null, null);
        expect(ConflictException.class, () -> meetings.plan(team, as(lena), first));
        everyoneReady();
        workflow.transition(team, Phase.NEGOTIATING, as(maya), null, 0);
        Meeting planned = meetings.plan(team, as(lena), first);
        assertEquals(MeetingStatus.PLANNED, planned.status());
        assertEquals(lena, planned.organizerId());
        String outsider = person("Olga Outsider");
        expect(ForbiddenException.class, () -> meetings.meetings(team, as(outsider)));
        expect(ForbiddenException.class, () -> meetings.privateNote(team, planned.id(), as(outsider)));

        meetings.writePrivateNote(team, planned.id(), as(maya), "Nervous about presenting");
        assertEquals("Nervous about presenting", meetings.privateNote(team, planned.id(), as(maya)).orElseThrow());
        assertTrue("another member never reads it", meetings.privateNote(team, planned.id(), as(lena)).isEmpty());

        BlockingQueue<Event> held = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, WorkflowEvents.MEETING_HELD);
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, held::add, topic);
        try {
            Meeting logged = meetings.update(team, as(tomas), new Meeting(planned.id(), planned.version(), null,
                    planned.startsAt(), 50, MeetingMode.VIDEO, planned.agenda(), MeetingStatus.HELD,
                    "Outline agreed", "Maya drafts the introduction", null, null));
            assertEquals(tomas, logged.loggedById());
            assertEquals(lena, logged.organizerId());
            Event e = held.poll(10, TimeUnit.SECONDS);
            assertNotNull("MEETING_HELD is posted", e);
            assertEquals(planned.id(), e.getProperty(WorkflowEvents.MEETING));
        } finally {
            handler.unregister();
        }
        expect(StaleVersionException.class, () -> meetings.update(team, as(maya), planned));

        Challenge raised = meetings.raise(team, as(maya), "Hard to find time", "Teaching load this term");
        Challenge resolved = meetings.resolve(team, as(lena), raised.id(), raised.version(), "Move to evenings");
        assertTrue(resolved.resolved());
        assertEquals(lena, resolved.resolvedBy());
        expect(StaleVersionException.class, () -> meetings.resolve(team, as(maya), raised.id(), raised.version(), "x"));
        assertEquals(1, meetings.challenges(team, as(tomas)).size());
    }

    @Test
    public void healthFlagsAnOverdueReviewMissedMeetingsAndAOneSidedRelationship() {
        everyoneReady();
        workflow.transition(team, Phase.NEGOTIATING, as(maya), null, 0);
        AgreementContent weekly = new AgreementContent(COMPLETE.purpose(), COMPLETE.goals(), COMPLETE.roles(), 7, 45,
                MeetingMode.IN_PERSON, 48, LocalDate.now().minusDays(60), null, LocalDate.now().minusDays(1),
                COMPLETE.confidentiality(), null, null, null, COMPLETE.problemResolution());
        agreements.write(team, as(maya), weekly, null, 0);
        for (String member : List.of(maya, lena, tomas)) {
            agreements.sign(team, as(member), 1);
        }
        plans.addGoal(team, as(maya), goal("Submit a paper", maya));
        workflow.transition(team, Phase.ENABLING, as(maya), null, 1);
        RelationshipHealth fresh = health.health(team, as(maya));
        assertEquals("ATTENTION", fresh.status());
        assertEquals(List.of("review-overdue"), fresh.signals().stream().map(HealthSignal::code).toList());
        for (int weeksAgo = 5; weeksAgo >= 2; weeksAgo--) {
            meetings.plan(team, as(lena), new Meeting(null, 0, MeetingKind.REGULAR,
                    Instant.now().minus(weeksAgo * 7L, ChronoUnit.DAYS), 45, MeetingMode.IN_PERSON, null,
                    MeetingStatus.HELD, "notes", null, null, null));
        }
        RelationshipHealth h = health.health(team, as(tomas));
        assertEquals("AT_RISK", h.status());
        assertEquals(List.of("meetings-below-cadence", "review-overdue", "one-sided"),
                h.signals().stream().map(HealthSignal::code).toList());
        expect(ForbiddenException.class, () -> health.health(team, as(person("Olga Outsider"))));
        expect(ForbiddenException.class, () -> health.programHealth(relationships.find(team).orElseThrow()
                .programId(), as(maya)));
        Actor admin = new Actor(person("Program Admin"), true);
        List<RelationshipHealth> program = health.programHealth(relationships.find(team).orElseThrow().programId(),
                admin);
        assertEquals(1, program.size());
        assertEquals("AT_RISK", program.get(0).status());
    }

    private static final AgreementContent COMPLETE = new AgreementContent("Research independence", "See the plan",
            "Ana leads; Ben advises", 14, 45, MeetingMode.VIDEO, 48, null, null, null, "Confidential", null, null,
            null, "Talk first; no-fault ending");

    private static SmartGoal goal(String title, String owner) {
        return new SmartGoal(null, 0, title, "Done and shared with the group", null, null, null, owner,
                LocalDate.of(2027, 6, 30), 10, GoalStatus.OPEN);
    }

    private static SmartGoal withStatus(SmartGoal g, GoalStatus status) {
        return new SmartGoal(g.id(), g.version(), g.title(), g.measure(), g.actions(), g.resources(), g.relevance(),
                g.ownerId(), g.dueOn(), 100, status);
    }

    private List<String> refusalWithReason(Phase to, String actor, String reason) {
        try {
            workflow.transition(team, to, as(actor), reason, workflow.state(team).version());
            fail("the move to " + to + " should have been refused");
            return List.of();
        } catch (TransitionRefusedException e) {
            return e.unmet().stream().map(Condition::code).toList();
        }
    }

    private static <T extends Throwable> T expect(Class<T> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + t, t);
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
