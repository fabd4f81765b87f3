package org.tandem.workflow.api;

/**
 * A member's preparation for the relationship (seed 001). A mentee states goals, needs and
 * objectives; a mentor what they offer, their capacity and style; a peer both. Either side may
 * record how well they think the relationship fits (1 to 5) and why.
 */
public record PreparationForm(String values, String workStyle, String shortTermGoals, String longTermGoals,
        String developmentNeeds, String objectives, String offers, Integer capacity, String preferredStyle,
        Integer fitRating, String fitNotes) {
}
