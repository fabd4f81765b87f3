package org.tandem.matching.internal.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.model.MentorRole;

/**
 * Scores one mentee against every mentor at once: the mentors' traits laid out in flat arrays (each
 * set a fixed number of 64-bit words, names and departments as numbers), the hard rules turned into
 * a few index checks, the points from the {@link Scorer}'s tables. The same numbers as
 * {@link Scorer#score} and {@link Rules#allowed}, pair by pair (ScanTest checks it); this is the loop
 * a program's millions of pairs go through.
 */
public final class Scan {
    private final Scorer scorer;
    private final Rules rules;
    private final List<Traits> mentors;
    private final int m;
    private final int wi;
    private final int wv;
    private final int wa;
    private final int wl;
    private final long[] interests;
    private final long[] values;
    private final long[] availability;
    private final long[] languages;
    private final int[] interestCount;
    private final int[] valueCount;
    private final int[] availabilityCount;
    private final int[] languageCount;
    private final int[] stage;
    private final int[] style;
    private final int[] department;
    private final int[] roles;
    private final boolean[] named;
    private final Map<String, Integer> styles = new HashMap<>();
    private final Map<String, Integer> departments = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Set<Integer>> excludedFor = new HashMap<>();

    public Scan(Scorer scorer, Rules rules, List<Traits> mentors, int words) {
        this.scorer = scorer;
        this.rules = rules;
        this.mentors = mentors;
        m = mentors.size();
        wi = wv = wa = wl = words;
        interests = new long[m * wi];
        values = new long[m * wv];
        availability = new long[m * wa];
        languages = new long[m * wl];
        interestCount = new int[m];
        valueCount = new int[m];
        availabilityCount = new int[m];
        languageCount = new int[m];
        stage = new int[m];
        style = new int[m];
        department = new int[m];
        roles = new int[m];
        named = new boolean[m];
        for (int j = 0; j < m; j++) {
            Traits t = mentors.get(j);
            copy(t.interests(), interests, j * wi, wi);
            copy(t.values(), values, j * wv, wv);
            copy(t.availability(), availability, j * wa, wa);
            copy(t.languages(), languages, j * wl, wl);
            interestCount[j] = t.interestCount;
            valueCount[j] = t.valueCount;
            availabilityCount[j] = t.availabilityCount;
            languageCount[j] = t.languageCount;
            stage[j] = t.stage();
            style[j] = id(styles, t.workStyle());
            department[j] = id(departments, t.departmentKey);
            roles[j] = mask(t.rolesOffered());
            named[j] = !t.conflicts().isEmpty() || !t.preferred().isEmpty();
            index.put(t.personId(), j);
        }
        for (String pair : concat(rules.declined(), rules.existing())) {
            int bar = pair.indexOf('|');
            Integer j = index.get(pair.substring(bar + 1));
            if (j != null) {
                excludedFor.computeIfAbsent(pair.substring(0, bar), k -> new HashSet<>()).add(j);
            }
        }
    }

    /** The words each set needs to hold every trait given (the widest bit set, at least one). */
    public static int words(List<Traits> people) {
        int w = 1;
        for (Traits t : people) {
            w = Math.max(w, Math.max(Math.max(t.interests().length, t.values().length),
                    Math.max(t.availability().length, t.languages().length)));
        }
        return w;
    }

    /** The score of the mentee with each mentor into {@code out}; -1 where a rule forbids the pair. */
    public void scores(Traits e, MentorRole slot, int[] capacity, int[] out) {
        long[] ei = pad(e.interests(), wi);
        long[] ev = pad(e.values(), wv);
        long[] ea = pad(e.availability(), wa);
        long[] el = pad(e.languages(), wl);
        int eStyle = e.workStyle() == null ? -1 : styles.getOrDefault(e.workStyle(), -2);
        int eDept = rules.otherDepartmentOnly() && e.departmentKey != null ? departments.getOrDefault(e.departmentKey, -2) : -3;
        int slotBit = slot == null || slot == MentorRole.GENERAL ? 0 : 1 << slot.ordinal();
        Set<Integer> excluded = excludedFor.getOrDefault(e.personId(), Set.of());
        Integer self = index.get(e.personId());
        boolean eNamed = !e.conflicts().isEmpty() || !e.preferred().isEmpty();
        for (int j = 0; j < m; j++) {
            if (capacity[j] <= 0 || slotBit != 0 && roles[j] != 0 && (roles[j] & slotBit) == 0 || department[j] == eDept
                    || self != null && self == j || !excluded.isEmpty() && excluded.contains(j)
                    || (eNamed || named[j]) && !rules.allowed(e, slot, mentors.get(j))) {
                out[j] = -1;
                continue;
            }
            int t = 0;
            if (e.interestCount > 0 && interestCount[j] > 0) {
                int shared = shared(ei, interests, j * wi, wi);
                t += e.interestCount < Scorer.TABLE ? scorer.goals[e.interestCount][shared]
                        : scorer.points(0, (double) shared / e.interestCount);
            } else {
                t += scorer.half[0];
            }
            t += e.stage() < 0 || stage[j] < 0 ? scorer.half[1] : scorer.stage[e.stage()][Math.min(stage[j], Scorer.STAGES - 1)];
            if (e.valueCount + valueCount[j] > 0) {
                int both = shared(ev, values, j * wv, wv);
                int union = e.valueCount + valueCount[j] - both;
                t += union < Scorer.TABLE ? scorer.values[union][both] : scorer.points(2, (double) both / union);
            } else {
                t += scorer.half[2];
            }
            t += eStyle == -1 || style[j] == -1 ? scorer.half[3] : eStyle == style[j] ? scorer.full[3] : 0;
            if (e.availabilityCount > 0 && availabilityCount[j] > 0) {
                int smaller = Math.min(e.availabilityCount, availabilityCount[j]);
                int shared = shared(ea, availability, j * wa, wa);
                t += smaller < Scorer.TABLE ? scorer.availability[smaller][shared]
                        : scorer.points(4, (double) shared / smaller);
            } else {
                t += scorer.half[4];
            }
            t += roles[j] == 0 ? scorer.half[5] : slotBit == 0 || (roles[j] & slotBit) != 0 ? scorer.full[5] : 0;
            t += e.languageCount > 0 && languageCount[j] > 0 ? shared(el, languages, j * wl, wl) > 0 ? scorer.full[6] : 0
                    : scorer.half[6];
            if (eNamed || named[j]) {
                Traits r = mentors.get(j);
                t += e.preferred().contains(r.personId()) || r.preferred().contains(e.personId()) ? scorer.full[7] : 0;
            }
            out[j] = t;
        }
    }

    private static int shared(long[] a, long[] flat, int at, int words) {
        int n = 0;
        for (int w = 0; w < words; w++) {
            n += Long.bitCount(a[w] & flat[at + w]);
        }
        return n;
    }

    private static long[] pad(long[] bits, int words) {
        return bits.length == words ? bits : java.util.Arrays.copyOf(bits, words);
    }

    private static void copy(long[] from, long[] to, int at, int words) {
        System.arraycopy(from, 0, to, at, Math.min(from.length, words));
    }

    private static int id(Map<String, Integer> ids, String key) {
        return key == null ? -1 : ids.computeIfAbsent(key, k -> ids.size());
    }

    private static int mask(Set<MentorRole> roles) {
        int mask = 0;
        for (MentorRole r : roles) {
            mask |= 1 << r.ordinal();
        }
        return mask;
    }

    private static Set<String> concat(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
