package org.tandem.demo.internal.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sample platform's people: a coordinator, mentors and mentees of the sample course. */
public final class Cast {
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    /**
     * One person.
     *
     * @param key how the landing page and the seeding name them (the platform's login hint)
     * @param mentor whether the course marks them a mentor (custom parameter {@code mentoring_role=mentor})
     * @param activity the course's link they follow: an activity placed by Deep Linking ("agreement" opens
     *     their relationship, "program" the coordinator's page), or null for the program's home
     */
    public record Person(String key, String given, String family, String locale, boolean instructor, boolean mentor,
            String activity) {
        public String name() {
            return given + " " + family;
        }

        /** Their user id at the platform in a generation of the sample data (a reset starts a new one). */
        public String subject(int generation) {
            return "sample-" + generation + "-" + key;
        }
    }

    public static final List<Person> PEOPLE = List.of(
            new Person("coordinator", "Cora", "Castillo", "en", true, false, "program"),
            new Person("mentor", "Omar", "Okafor", "en", false, true, null),
            new Person("mentee", "Maya", "Patel", "en", false, false, "agreement"),
            new Person("mentee-de", "Jonas", "Becker", "de-DE", false, false, "agreement"),
            new Person("mentor-de", "Lena", "Fischer", "de-DE", false, true, null),
            new Person("sam", "Sam", "Lee", "en", false, false, null),
            new Person("priya", "Priya", "Shah", "en", false, false, null),
            new Person("tom", "Tom", "Novak", "en", false, false, null),
            new Person("ana", "Ana", "Costa", "en", false, true, null));

    private static final Map<String, Person> BY_KEY = PEOPLE.stream()
            .collect(Collectors.toMap(Person::key, Function.identity()));

    private Cast() {
    }

    public static Optional<Person> find(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
    }
}
