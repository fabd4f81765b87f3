package org.tandem.matching.internal.solve;

/**
 * A solution: the mentor of each slot (-1 when none), the total score and how many slots are filled.
 */
public record Assignment(int[] mentorOfSlot, long total, int matched) {

    static Assignment of(Problem p, int[] mentorOfSlot) {
        long total = 0;
        int matched = 0;
        for (int s = 0; s < mentorOfSlot.length; s++) {
            int m = mentorOfSlot[s];
            if (m >= 0) {
                matched++;
                total += scoreOf(p, s, m);
            }
        }
        return new Assignment(mentorOfSlot, total, matched);
    }

    static int scoreOf(Problem p, int slot, int mentor) {
        int[] c = p.candidates()[slot];
        for (int i = 0; i < c.length; i++) {
            if (c[i] == mentor) {
                return p.scores()[slot][i];
            }
        }
        throw new IllegalArgumentException("mentor " + mentor + " is no candidate of slot " + slot);
    }

    /** Why this assignment breaks the problem's rules, or null if it keeps them all. */
    public String violation(Problem p) {
        int[] load = new int[p.mentors()];
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        for (int s = 0; s < mentorOfSlot.length; s++) {
            int m = mentorOfSlot[s];
            if (m < 0) {
                continue;
            }
            if (!java.util.Arrays.stream(p.candidates()[s]).anyMatch(x -> x == m)) {
                return "slot " + s + " got mentor " + m + ", who is not allowed for it";
            }
            if (++load[m] > p.capacity()[m]) {
                return "mentor " + m + " is over capacity";
            }
            if (!pairs.add(((long) p.slotMentee()[s] << 32) | m)) {
                return "mentor " + m + " fills two slots of mentee " + p.slotMentee()[s];
            }
        }
        return null;
    }
}
