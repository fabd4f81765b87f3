package org.tandem.lti.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tandem.lti.internal.launch.Launch;

/** A display name from whatever personal data a launch carries, including none. */
class IdentitiesTest {
    @Test
    void theNameClaimComesFirst() {
        assertEquals("Sam Student", Identities.displayName(new Launch.Person("Sam Student", "S", "X", null, null, null),
                null, "4"));
    }

    @Test
    void givenAndFamilyNamesWhenThereIsNoName() {
        assertEquals("Sam Student", Identities.displayName(new Launch.Person(null, "Sam", "Student", null, null, null),
                null, "4"));
    }

    @Test
    void theEmailsLocalPartWhenOnlyAnEmailIsSent() {
        assertEquals("sam", Identities.displayName(new Launch.Person(null, null, null, "sam@uni.edu", null, null),
                "sam@uni.edu", "4"));
    }

    @Test
    void aStableNeutralNameWithoutPersonalData() {
        Launch.Person nothing = new Launch.Person(null, null, null, null, null, null);
        String name = Identities.displayName(nothing, null, "a6d5c443-1f51-4783-ba1a-7686ffe3b54a");
        assertTrue(name.startsWith("Participant "));
        assertEquals(name, Identities.displayName(nothing, null, "a6d5c443-1f51-4783-ba1a-7686ffe3b54a"));
    }
}
