package org.tandem.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.ShowsPeople;

class AccessLogTest {
    private static final String ONE = "/api/relationships/{id}";
    private final List<String> found = new ArrayList<>();
    private final AccessLog log = new AccessLog(null, relationships(), null, fake(ParticipantRepository.class));

    @Test
    void aRelationshipsAnswerNamesItsMembersWithoutAReadAgain() {
        ShowsPeople answer = () -> List.of("maya", "dr-career");
        assertEquals(Set.of("maya", "dr-career"), log.subjects(ONE, id("r1"), answer));
        assertEquals(List.of(), found);
    }

    @Test
    void anAnswerThatDoesNotNameThemHasTheRelationshipRead() {
        assertEquals(Set.of("maya", "dr-support"), log.subjects(ONE + "/meetings", id("r1"), List.of()));
        assertEquals(List.of("r1"), found);
    }

    @Test
    void aPersonsPageNamesThePersonFromItsAddress() {
        assertEquals(Set.of("p7"), log.subjects("/api/people/{id}", id("p7"), (ShowsPeople) List::of));
        assertEquals(List.of(), found);
    }

    private static MultivaluedMap<String, String> id(String value) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        params.putSingle("id", value);
        return params;
    }

    /** A repository whose find(id) records the id and answers a relationship of two members. */
    private RelationshipRepository relationships() {
        return (RelationshipRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RelationshipRepository.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("find")) {
                        throw new AssertionError("not expected: " + method);
                    }
                    found.add((String) args[0]);
                    return Optional.of(new Relationship((String) args[0], 1, "prog", null, List.of(
                            new Member("maya", MemberRole.MENTEE, null), new Member("dr-support", MemberRole.MENTOR,
                                    null)), null, null));
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type) {
        return (T) Proxy.newProxyInstance(AccessLogTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    throw new AssertionError("not expected: " + method);
                });
    }
}
