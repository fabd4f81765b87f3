package org.tandem.matching.internal.solve;

/**
 * An assignment problem in arrays: slots (a mentee needing one mentor of a kind), mentors with a
 * capacity, and for each slot its candidate mentors with their scores (hundredths of a point). Slots of
 * one mentee share {@code slotMentee}; one mentor may fill at most one slot of a mentee.
 *
 * @param candidates for each slot, the mentors it may have, best first
 * @param scores for each slot, the score of each candidate
 */
public record Problem(int[] slotMentee, int[] capacity, int[][] candidates, int[][] scores) {

    public int slots() {
        return slotMentee.length;
    }

    public int mentors() {
        return capacity.length;
    }

    public int arcs() {
        int n = 0;
        for (int[] c : candidates) {
            n += c.length;
        }
        return n;
    }
}
