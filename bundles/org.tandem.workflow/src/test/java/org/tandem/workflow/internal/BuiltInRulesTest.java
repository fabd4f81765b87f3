package org.tandem.workflow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.Relationship;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Condition;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.WorkflowState;

/** Every move and every built-in condition, on a team relationship (one mentee, two mentors). */
class BuiltInRulesTest {
    private static final Relationship TEAM = new Relationship("r", 1, "p", null, List.of(
            new Member("maya", MemberRole.MENTEE, null), new Member("lena", MemberRole.MENTOR, MentorRole.CAREER),
            new Member("tomas", MemberRole.MENTOR, MentorRole.PSYCHOSOCIAL)), null, null);
    private static final Set<String> ALL = Set.of("maya", "lena", "tomas");
    private static final Actor MAYA = new Actor("maya", false);
    private static final Actor ADMIN = new Actor("admin", true);

    private static WorkflowState state(Phase phase, Set<String> prepared, Set<String> accepted, boolean signed,
            int goals, Set<String> reflected) {
        return new WorkflowState(TEAM, phase, 1, 1, prepared, accepted, signed, goals, 0, reflected,
                Map.of("maya", "Maya Okafor", "lena", "Dr Lena Fischer", "tomas", "Dr Tomás Ruiz"), "local");
    }

    private static List<String> codes(List<Condition> unmet) {
        return unmet.stream().map(Condition::code).toList();
    }

    @Test
    void preparingNeedsEveryFormAndEveryMentorsAcceptance() {
        List<Condition> unmet = BuiltInRules.unmet(state(Phase.PREPARING, Set.of("maya"), Set.of("lena"), false, 0,
                Set.of()), Phase.NEGOTIATING, MAYA, null);
        assertEquals(List.of("preparation-missing", "preparation-missing", "acceptance-missing"), codes(unmet));
        assertTrue(unmet.get(2).message().contains("Dr Tomás Ruiz"), unmet.get(2).message());
        assertEquals(List.of(), BuiltInRules.unmet(state(Phase.PREPARING, ALL, Set.of("lena", "tomas"), false, 0,
                Set.of()), Phase.NEGOTIATING, MAYA, null));
    }

    @Test
    void negotiatingNeedsASignedAgreementAndASmartGoal() {
        assertEquals(List.of("agreement-unsigned", "smart-goal-missing"), codes(BuiltInRules.unmet(
                state(Phase.NEGOTIATING, ALL, ALL, false, 0, Set.of()), Phase.ENABLING, MAYA, null)));
        assertEquals(List.of("smart-goal-missing"), codes(BuiltInRules.unmet(
                state(Phase.NEGOTIATING, ALL, ALL, true, 0, Set.of()), Phase.ENABLING, MAYA, null)));
        assertEquals(List.of(), BuiltInRules.unmet(state(Phase.NEGOTIATING, ALL, ALL, true, 1, Set.of()),
                Phase.ENABLING, MAYA, null));
    }

    @Test
    void enablingMovesToClosingWithAReason() {
        WorkflowState s = state(Phase.ENABLING, ALL, ALL, true, 1, Set.of());
        assertEquals(List.of("reason-missing"), codes(BuiltInRules.unmet(s, Phase.CLOSING, MAYA, " ")));
        assertEquals(List.of(), BuiltInRules.unmet(s, Phase.CLOSING, MAYA, "Goals reached"));
        assertEquals(List.of(), BuiltInRules.unmet(s, Phase.CLOSING, ADMIN, "Program ends"));
    }

    @Test
    void closingNeedsEveryReflectionUnlessAnAdminClosesWithAReason() {
        WorkflowState s = state(Phase.CLOSING, ALL, ALL, true, 1, Set.of("maya", "lena"));
        List<Condition> unmet = BuiltInRules.unmet(s, Phase.CLOSED, MAYA, null);
        assertEquals(List.of("reflection-missing"), codes(unmet));
        assertTrue(unmet.get(0).message().contains("Dr Tomás Ruiz"));
        assertEquals(List.of("reason-missing"), codes(BuiltInRules.unmet(s, Phase.CLOSED, ADMIN, "")));
        assertEquals(List.of(), BuiltInRules.unmet(s, Phase.CLOSED, ADMIN, "Mentor left the university"));
        assertEquals(List.of(), BuiltInRules.unmet(state(Phase.CLOSING, ALL, ALL, true, 1, ALL), Phase.CLOSED,
                MAYA, null));
    }

    @Test
    void closingNeedsAnOutcomeForEveryGoalButANextIterationCarriesThemForward() {
        WorkflowState open = new WorkflowState(TEAM, Phase.CLOSING, 1, 1, ALL, ALL, true, 2, 1, ALL, Map.of(), "local");
        List<Condition> unmet = BuiltInRules.unmet(open, Phase.CLOSED, MAYA, null);
        assertEquals(List.of("goal-outcome-missing"), codes(unmet));
        assertTrue(unmet.get(0).message().startsWith("One goal of the development plan"), unmet.get(0).message());
        assertEquals(List.of(), BuiltInRules.unmet(open, Phase.NEGOTIATING, MAYA, null));
    }

    @Test
    void aNextIterationStartsFromClosingOnceEveryoneReflected() {
        assertEquals(List.of("reflection-missing"), codes(BuiltInRules.unmet(state(Phase.CLOSING, ALL, ALL, true, 1,
                Set.of("maya", "lena")), Phase.NEGOTIATING, MAYA, null)));
        assertEquals(List.of(), BuiltInRules.unmet(state(Phase.CLOSING, ALL, ALL, true, 1, ALL), Phase.NEGOTIATING,
                MAYA, null));
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void everyMoveThatDoesNotExistIsRefusedAndSaysWhichDo(Phase from) {
        for (Phase to : Phase.values()) {
            if (!BuiltInRules.MOVES.get(from).contains(to)) {
                List<Condition> unmet = BuiltInRules.unmet(state(from, ALL, ALL, true, 1, ALL), to, ADMIN, "why");
                assertEquals(List.of("illegal-transition"), codes(unmet), from + " -> " + to);
                assertTrue(unmet.get(0).message().contains(Texts.TEXT.format(java.util.Locale.ENGLISH, "phase", "phase",
                        from.name())), unmet.get(0).message());
            }
        }
    }

    @Test
    void skippingAPhaseNamesThePhaseItMayMoveTo() {
        Condition c = BuiltInRules.unmet(state(Phase.PREPARING, ALL, ALL, true, 1, ALL), Phase.ENABLING, ADMIN, "x")
                .get(0);
        assertTrue(c.message().contains("Negotiating only"), c.message());
    }

    /** Issue 19.7: a German reader's request gets the conditions in German. */
    @Test
    void aGermanReaderReadsTheConditionsInGerman() {
        try (var reader = org.tandem.rest.api.Languages.reading(List.of(java.util.Locale.forLanguageTag("de-DE")))) {
            Condition c = BuiltInRules.unmet(state(Phase.PREPARING, ALL, ALL, true, 1, ALL), Phase.ENABLING, ADMIN,
                    "x").get(0);
            assertEquals("Eine Beziehung in der Phase Vorbereitung kann nicht zu Umsetzung wechseln: sie kann nur zu"
                    + " Vereinbarung wechseln", c.message());
        }
        Condition english = BuiltInRules.unmet(state(Phase.PREPARING, ALL, ALL, true, 1, ALL), Phase.ENABLING, ADMIN,
                "x").get(0);
        assertTrue(english.message().startsWith("A relationship in Preparing"), "the language ends with the request");
    }
}
