package org.tandem.lti.internal.session;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.tandem.lti.api.LtiEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.lti.internal.launch.Launch;
import org.tandem.lti.internal.launch.RoleMapping;
import org.tandem.lti.internal.launch.ToolRole;
import org.tandem.lti.internal.store.ContextStore;
import org.tandem.lti.internal.store.ContextStore.CourseLink;
import org.tandem.lti.internal.store.SessionStore;
import org.tandem.lti.internal.store.SessionStore.Session;
import org.tandem.model.Feature;
import org.tandem.model.MentoringModel;
import org.tandem.model.Person;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * What a valid launch does, and only a valid one: the person is created or updated, the course maps
 * to its program (created at the first launch from that course, in the registration's tenant), the
 * person's place in it follows their roles, and a session is opened.
 */
@Component(service = Enrolment.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class Enrolment {
    private static final Logger LOG = LoggerFactory.getLogger(Enrolment.class);
    private final Identities identities;
    private final ContextStore contexts;
    private final ProgramRepository programs;
    private final SessionStore sessions;
    private final LtiSettings settings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** The session a launch opened, and who and where it is. */
    public record Entered(String token, Session session, Person person, Program program) {
    }

    @Activate
    public Enrolment(@Reference Identities identities, @Reference ContextStore contexts,
            @Reference ProgramRepository programs, @Reference SessionStore sessions, @Reference LtiSettings settings) {
        this.identities = identities;
        this.contexts = contexts;
        this.programs = programs;
        this.sessions = sessions;
        this.settings = settings;
    }

    public Entered enter(Launch launch) {
        Set<ToolRole> roles = RoleMapping.map(launch.roles(), launch.custom(), false,
                RoleMapping.mentorMeansObserver(launch.registration().issuer()));
        Person person = identities.upsert(launch.registration().issuer(), launch.subject(), launch.person());
        Program program = launch.context() == null ? null : program(launch);
        if (program != null) {
            identities.participate(program.id(), person.id(), roles, "launch", RoleMapping.shown(launch.roles()));
        }
        Session session = new Session(person.id(), launch.registration().id(), launch.registration().tenant(),
                roles.contains(ToolRole.TENANT_ADMIN), program == null ? null : program.id(), roles,
                launch.deploymentId(), launch.isDeepLinking() ? launch.deepLinking().returnUrl() : null,
                launch.isDeepLinking() ? launch.deepLinking().data() : null, null);
        String token = sessions.create(session, settings.sessionLifetime());
        announce(launch, person, program, roles);
        return new Entered(token, session, person, program);
    }

    private Program program(Launch launch) {
        String platform = launch.registration().id();
        Launch.Context course = launch.context();
        Launch.Services services = launch.services();
        CourseLink wanted = new CourseLink(platform, course.id(), null, services.membershipsUrl(),
                services.lineItemsUrl());
        CourseLink link = contexts.find(platform, course.id()).orElse(null);
        if (link == null) {
            Program created = programs.create(new Program(null, 0, programName(course), "The mentoring program of the"
                    + " course " + programName(course) + ".", MentoringModel.ONE_TO_ONE, true, null, null,
                    launch.registration().tenant()));
            link = contexts.link(new CourseLink(platform, course.id(), created.id(), wanted.membershipsUrl(),
                    wanted.lineItemsUrl()));
            if (!link.programId().equals(created.id())) {
                programs.delete(created.id(), created.version()); // a parallel first launch linked the course first
            } else {
                LOG.info("New program {} for course {} of platform {}", created.id(), course.id(), platform);
            }
        } else if (!same(link.membershipsUrl(), wanted.membershipsUrl())
                || !same(link.lineItemsUrl(), wanted.lineItemsUrl())) {
            contexts.updateServices(new CourseLink(platform, course.id(), link.programId(), wanted.membershipsUrl(),
                    wanted.lineItemsUrl()));
        }
        String id = link.programId();
        return programs.find(id).orElseThrow(() -> new IllegalStateException("program " + id + " of course "
                + course.id() + " is gone"));
    }

    private void announce(Launch launch, Person person, Program program, Set<ToolRole> roles) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put(LtiEvents.PERSON, person.id());
        props.put(LtiEvents.TENANT, launch.registration().tenant());
        props.put(LtiEvents.ROLES, roles.stream().map(Enum::name).toArray(String[]::new));
        if (program != null) {
            props.put(LtiEvents.PROGRAM, program.id());
        }
        launch.custom().forEach((k, v) -> {
            if (v != null) {
                props.put(LtiEvents.CUSTOM_PREFIX + k, v.toString());
            }
        });
        admin.postEvent(new Event(LtiEvents.LAUNCHED, props));
    }

    private static String programName(Launch.Context course) {
        String name = course.title() != null && !course.title().isBlank() ? course.title()
                : course.label() != null && !course.label().isBlank() ? course.label() : "Course " + course.id();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
