package org.tandem.matching.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tandem.matching.internal.score.Rules;
import org.tandem.matching.internal.score.Scorer;
import org.tandem.matching.internal.score.Traits;
import org.tandem.matching.internal.score.Vocabulary;
import org.tandem.matching.internal.store.MatchProfile;
import org.tandem.matching.internal.store.Settings;
import org.tandem.model.CareerStage;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.Participant;
import org.tandem.model.Profile;
import org.tandem.model.Relationship;

/**
 * A program as the matcher sees it: its mentees with the slots still open (kinds of mentoring they
 * seek and do not have yet), its mentors with the capacity they have left, the hard rules, and the
 * scorer; built from the participants, their profiles, matching profiles and existing relationships.
 */
public final class Pool {
    final Settings settings;
    final Scorer scorer;
    final Rules rules;
    final List<Traits> mentees = new ArrayList<>();
    final List<Traits> mentors = new ArrayList<>();
    final int[] capacity;
    final Map<String, Integer> mentorIndex = new HashMap<>();
    final Map<String, Integer> menteeIndex = new HashMap<>();

    /** What the pool is built from, read by {@link Matching}. */
    record Inputs(Settings settings, List<Participant> participants, Map<String, Profile> profiles,
            Map<String, MatchProfile> matchProfiles, List<Relationship> relationships, Set<String> declined,
            Map<String, Integer> mentorLoad) {
    }

    Pool(Inputs in) {
        settings = in.settings();
        Vocabulary words = new Vocabulary();
        scorer = new Scorer(settings.weights(), words);
        Set<String> existing = new HashSet<>();
        Map<String, Set<MentorRole>> filled = new HashMap<>();
        Map<String, Integer> mentorsOf = new HashMap<>();
        for (Relationship r : in.relationships()) {
            for (Member e : r.membersWith(MemberRole.MENTEE)) {
                for (Member m : r.membersWith(MemberRole.MENTOR)) {
                    existing.add(Rules.pair(e.personId(), m.personId()));
                    filled.computeIfAbsent(e.personId(), k -> EnumSet.noneOf(MentorRole.class)).add(m.mentorRole());
                    mentorsOf.merge(e.personId(), 1, Integer::sum);
                }
            }
        }
        rules = new Rules(settings.otherDepartmentOnly(), in.declined(), existing);
        List<Integer> caps = new ArrayList<>();
        for (Participant p : in.participants()) {
            if (!p.active() || p.testUser()) {
                continue;
            }
            MatchProfile mp = in.matchProfiles().getOrDefault(p.personId(), MatchProfile.empty(p.programId(), p.personId()));
            Profile profile = in.profiles().get(p.personId());
            if (p.mentee()) {
                List<MentorRole> open = open(mp.rolesNeeded(), filled.getOrDefault(p.personId(), Set.of()),
                        mentorsOf.getOrDefault(p.personId(), 0));
                if (open != null) {
                    menteeIndex.put(p.personId(), mentees.size());
                    mentees.add(traits(words, p.personId(), profile, mp, open, true));
                }
            }
            if (p.mentor()) {
                Integer stated = profile == null ? null : profile.mentorCapacity();
                int left = (stated == null ? settings.defaultCapacity() : stated) - in.mentorLoad().getOrDefault(p.personId(), 0);
                mentorIndex.put(p.personId(), mentors.size());
                mentors.add(traits(words, p.personId(), profile, mp, List.of(), false));
                caps.add(Math.max(0, left));
            }
        }
        capacity = caps.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The slots a mentee still has open; null when none (already mentored as they asked). */
    private static List<MentorRole> open(List<MentorRole> needed, Set<MentorRole> filled, int mentorsNow) {
        if (needed.isEmpty()) {
            return mentorsNow == 0 ? List.of() : null;
        }
        List<MentorRole> open = needed.stream().filter(r -> !filled.contains(r)).toList();
        return open.isEmpty() ? null : open;
    }

    private static Traits traits(Vocabulary words, String personId, Profile p, MatchProfile mp, List<MentorRole> open,
            boolean mentee) {
        List<String> interests = p == null ? List.of() : mentee
                ? Stream.concat(p.researchAreas().stream(), p.developmentNeeds().stream()).toList() : p.researchAreas();
        return new Traits(personId, p == null ? -1 : stage(p.careerStage()), words.bits(interests),
                words.bits(p == null ? List.of() : p.values()), p == null ? null : p.workStyle(),
                words.bits(p == null ? List.of() : p.availability()), words.bits(mp.languages()), mp.department(),
                open, mp.rolesOffered(), mp.conflicts(), mp.preferred());
    }

    /** Steps on the academic ladder; other paths are not compared by step. */
    static int stage(CareerStage s) {
        if (s == null) {
            return -1;
        }
        return switch (s) {
            case UNDERGRADUATE -> 0;
            case GRADUATE_STUDENT -> 1;
            case POSTDOC -> 2;
            case EARLY_CAREER_FACULTY -> 3;
            case MID_CAREER_FACULTY -> 4;
            case SENIOR_FACULTY -> 5;
            case STAFF, PROFESSIONAL, OTHER -> -1;
        };
    }

    Candidates candidates(int k) {
        return new Candidates(scorer, mentees, mentors, capacity, rules, k);
    }
}
