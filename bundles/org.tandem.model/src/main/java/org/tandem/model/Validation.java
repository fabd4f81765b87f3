package org.tandem.model;

/** The rules each item must satisfy on its own, before it is stored. */
public final class Validation {
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int MAX_MENTOR_CAPACITY = 50;

    private Validation() {
    }

    public static void check(Program p) {
        new Checks().text("name", p.name(), NAME_MAX, true)
                .text("description", p.description(), TEXT_MAX, false)
                .required("model", p.model())
                .period("startsOn", p.startsOn(), "endsOn", p.endsOn())
                .orThrow();
    }

    public static void check(Person p) {
        new Checks().text("issuer", p.issuer(), 255, true)
                .text("subject", p.subject(), 255, true)
                .text("displayName", p.displayName(), NAME_MAX, true)
                .email("email", p.email())
                .locale("locale", p.locale())
                .webAddress("pictureUrl", p.pictureUrl())
                .orThrow();
    }

    public static void check(Profile p) {
        new Checks().items("researchAreas", p.researchAreas(), 50, NAME_MAX)
                .text("shortTermGoals", p.shortTermGoals(), TEXT_MAX, false)
                .text("longTermGoals", p.longTermGoals(), TEXT_MAX, false)
                .items("values", p.values(), 50, NAME_MAX)
                .text("workStyle", p.workStyle(), TEXT_MAX, false)
                .items("developmentNeeds", p.developmentNeeds(), 50, NAME_MAX)
                .items("availability", p.availability(), 50, NAME_MAX)
                .range("mentorCapacity", p.mentorCapacity() == null ? 0 : p.mentorCapacity(), 0, MAX_MENTOR_CAPACITY)
                .orThrow();
    }
}
