package org.tandem.model;

import java.util.List;

/**
 * What a person brings to mentoring and wants from it. One profile per person.
 *
 * @param mentorCapacity how many relationships this person will mentor at once; 0 if not mentoring now,
 *        null if not stated (then no limit is enforced)
 */
public record Profile(String personId, long version, CareerStage careerStage, List<String> researchAreas,
        String shortTermGoals, String longTermGoals, List<String> values, String workStyle,
        List<String> developmentNeeds, List<String> availability, Integer mentorCapacity) {

    public Profile {
        researchAreas = List.copyOf(researchAreas);
        values = List.copyOf(values);
        developmentNeeds = List.copyOf(developmentNeeds);
        availability = List.copyOf(availability);
    }

    /** A copy at the version the store assigned. */
    public Profile withVersion(long newVersion) {
        return new Profile(personId, newVersion, careerStage, researchAreas, shortTermGoals, longTermGoals,
                values, workStyle, developmentNeeds, availability, mentorCapacity);
    }
}
