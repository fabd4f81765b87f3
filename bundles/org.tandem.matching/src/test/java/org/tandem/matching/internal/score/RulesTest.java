package org.tandem.matching.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.MentorRole;

class RulesTest {
    private static Traits person(String id, String department, Set<MentorRole> offers, Set<String> conflicts) {
        return new Traits(id, 1, new long[0], new long[0], null, new long[0], new long[0], department, List.of(),
                offers, conflicts, Set.of());
    }

    @Test
    void eachHardRuleExcludesThePairAndSaysWhy() {
        Rules rules = new Rules(true, Set.of(Rules.pair("e", "declined")), Set.of(Rules.pair("e", "paired")));
        Traits mentee = person("e", "Biology", Set.of(), Set.of("supervisor"));
        assertEquals("nobody mentors themself", rules.why(mentee, null, mentee));
        assertEquals("one named the other as a conflict of interest (a supervisor or grader)",
                rules.why(mentee, null, person("supervisor", "Physics", Set.of(), Set.of())));
        assertEquals("one named the other as a conflict of interest (a supervisor or grader)",
                rules.why(mentee, null, person("grader", "Physics", Set.of(), Set.of("e"))));
        assertEquals("this pair was declined before", rules.why(mentee, null, person("declined", "Physics", Set.of(), Set.of())));
        assertEquals("they already work together", rules.why(mentee, null, person("paired", "Physics", Set.of(), Set.of())));
        assertEquals("the program pairs people from different departments only",
                rules.why(mentee, null, person("m", "biology", Set.of(), Set.of())));
        assertEquals("the mentor does not offer psychosocial mentoring", rules.why(mentee, MentorRole.PSYCHOSOCIAL,
                person("m", "Physics", Set.of(MentorRole.CAREER), Set.of())));
        assertNull(rules.why(mentee, MentorRole.CAREER, person("m", "Physics", Set.of(MentorRole.CAREER), Set.of())));
        assertNull(rules.why(mentee, MentorRole.PSYCHOSOCIAL, person("m", "Physics", Set.of(), Set.of())),
                "a mentor who states no kinds offers any");
        assertNull(new Rules(false, Set.of(), Set.of()).why(mentee, null, person("m", "Biology", Set.of(), Set.of())));
    }
}
