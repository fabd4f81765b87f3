package org.tandem.lti.internal.session;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.lti.internal.launch.Launch;
import org.tandem.lti.internal.launch.ToolRole;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * People and participation as the platform reports them, from a launch or a roster: a person is
 * created or updated by (issuer, subject); what the platform did not send is kept, not erased.
 */
@Component(service = Identities.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class Identities {
    private final PersonRepository people;
    private final ParticipantRepository participants;

    @Activate
    public Identities(@Reference PersonRepository people, @Reference ParticipantRepository participants) {
        this.people = people;
        this.participants = participants;
    }

    public Person upsert(String issuer, String subject, Launch.Person sent) {
        Optional<Person> known = people.findByPlatformIdentity(issuer, subject);
        String email = valid(sent.email(), Identities::email);
        String locale = valid(sent.locale() == null ? null : sent.locale().replace('_', '-'), Identities::locale);
        String picture = valid(sent.picture(), Identities::picture);
        if (known.isEmpty()) {
            try {
                return people.create(new Person(null, 0, issuer, subject, displayName(sent, email, subject), email,
                        locale, picture));
            } catch (ConflictException e) {
                // a parallel first launch of the same person (two tabs, a double click) created them first
                return people.findByPlatformIdentity(issuer, subject).orElseThrow(() -> e);
            }
        }
        Person p = known.get();
        String name = sent.name() != null || sent.givenName() != null || email != null
                ? displayName(sent, email, subject) : p.displayName();
        Person updated = new Person(p.id(), p.version(), issuer, subject, name, email == null ? p.email() : email,
                locale == null ? p.locale() : locale, picture == null ? p.pictureUrl() : picture);
        if (updated.equals(p)) {
            return p;
        }
        try {
            return people.update(updated);
        } catch (StaleVersionException e) {
            return p; // a parallel launch updated the same person with the same claims
        }
    }

    /** Records the person's place in the program from their tool roles; people with no such role stay out. */
    /**
     * Records the person's place in the program. One whose roles give no capacity is recorded too, as
     * unplaced, with the roles the platform sent: the coordinator sees them and can make them a mentor.
     */
    public Participant participate(String programId, String personId, Set<ToolRole> roles, String source,
            String platformRoles) {
        return participants.record(new Participant(programId, personId, roles.contains(ToolRole.PROGRAM_COORDINATOR),
                roles.contains(ToolRole.MENTEE), roles.contains(ToolRole.MENTOR_CANDIDATE),
                roles.contains(ToolRole.TEST_USER), true, source, platformRoles));
    }

    static String displayName(Launch.Person sent, String email, String subject) {
        String name = sent.name();
        if (blank(name)) {
            name = ((sent.givenName() == null ? "" : sent.givenName()) + " "
                    + (sent.familyName() == null ? "" : sent.familyName())).trim();
        }
        if (blank(name) && email != null) {
            name = email.substring(0, email.indexOf('@'));
        }
        if (blank(name)) {
            // no personal data is a valid launch: a stable, neutral name the coordinator can recognise
            name = "Participant " + Integer.toHexString(subject.hashCode() & 0xfffff).toUpperCase(Locale.ROOT);
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private interface Check {
        void run(String value);
    }

    /** A value the model would refuse is dropped rather than failing the launch. */
    private static String valid(String value, Check check) {
        if (blank(value)) {
            return null;
        }
        try {
            check.run(value);
            return value;
        } catch (ValidationException e) {
            return null;
        }
    }

    private static void email(String v) {
        new org.tandem.model.Checks().email("email", v).orThrow();
    }

    private static void picture(String v) {
        new org.tandem.model.Checks().webAddress("picture", v).orThrow();
    }

    private static void locale(String v) {
        new org.tandem.model.Checks().locale("locale", v).orThrow();
    }
}
