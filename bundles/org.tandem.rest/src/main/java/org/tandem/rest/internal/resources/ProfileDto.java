package org.tandem.rest.internal.resources;

import java.util.List;
import org.tandem.model.CareerStage;
import org.tandem.model.Profile;

/** A person's profile as JSON; lists left out are stored empty. */
public class ProfileDto {
    public String personId;
    public Long version;
    public CareerStage careerStage;
    public List<String> researchAreas;
    public String shortTermGoals;
    public String longTermGoals;
    public List<String> values;
    public String workStyle;
    public List<String> developmentNeeds;
    public List<String> availability;
    public Integer mentorCapacity;

    static ProfileDto of(Profile p) {
        ProfileDto d = new ProfileDto();
        d.personId = p.personId();
        d.version = p.version();
        d.careerStage = p.careerStage();
        d.researchAreas = p.researchAreas();
        d.shortTermGoals = p.shortTermGoals();
        d.longTermGoals = p.longTermGoals();
        d.values = p.values();
        d.workStyle = p.workStyle();
        d.developmentNeeds = p.developmentNeeds();
        d.availability = p.availability();
        d.mentorCapacity = p.mentorCapacity();
        return d;
    }

    Profile toModel(String id, long expectedVersion) {
        return new Profile(id, expectedVersion, careerStage, orEmpty(researchAreas), shortTermGoals, longTermGoals,
                orEmpty(values), workStyle, orEmpty(developmentNeeds), orEmpty(availability), mentorCapacity);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
