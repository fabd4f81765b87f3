package org.tandem.lti.internal.launch;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LIS roles to Tandem roles, by the table in lti-security.md, from the platforms' own sources. Unknown
 * and empty roles give nothing (least privilege). LIS {@code membership#Mentor} is Canvas's Observer
 * (a parent) and never makes anyone a mentor there; on every other platform (D2L, Sakai, Blackboard
 * and Moodle send it for a course's own mentors) it makes the person someone who may mentor. A TA is
 * checked before the Instructor rule, because Canvas sends TAs both.
 */
public final class RoleMapping {
    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    static final String INSTITUTION_ADMIN = LIS + "institution/person#Administrator";
    static final String SYSTEM_ADMIN = LIS + "system/person#Administrator";
    static final String SYS_ADMIN = LIS + "system/person#SysAdmin";
    static final String INSTRUCTOR = LIS + "membership#Instructor";
    static final String TEACHING_ASSISTANT = LIS + "membership/Instructor#TeachingAssistant";
    static final String CONTENT_DEVELOPER = LIS + "membership#ContentDeveloper";
    static final String LEARNER = LIS + "membership#Learner";
    static final String STUDENT = LIS + "institution/person#Student";
    static final String MENTOR = LIS + "membership#Mentor";
    static final String TEST_USER = "http://purl.imsglobal.org/vocab/lti/system/person#TestUser";
    /** A custom parameter a course link may set to seed mentors: {@code mentoring_role=mentor}. */
    static final String CUSTOM_ROLE = "mentoring_role";

    private RoleMapping() {
    }

    /**
     * @param roles full LIS URIs (see {@link Roles#normalise})
     * @param coordinatorsMayDesign whether the program lets course designers coordinate it
     */
    public static Set<ToolRole> map(List<String> roles, Map<String, Object> custom, boolean coordinatorsMayDesign) {
        return map(roles, custom, coordinatorsMayDesign, true);
    }

    /** @param mentorMeansObserver whether the platform sends {@code Mentor} for observers (Canvas does) */
    public static Set<ToolRole> map(List<String> roles, Map<String, Object> custom, boolean coordinatorsMayDesign,
            boolean mentorMeansObserver) {
        Set<ToolRole> out = EnumSet.noneOf(ToolRole.class);
        if (!mentorMeansObserver && roles.contains(MENTOR)) {
            out.add(ToolRole.MENTOR_CANDIDATE);
        }
        if (roles.contains(INSTITUTION_ADMIN) || roles.contains(SYSTEM_ADMIN) || roles.contains(SYS_ADMIN)) {
            out.add(ToolRole.TENANT_ADMIN);
        }
        if (roles.contains(TEACHING_ASSISTANT)) {
            out.add(ToolRole.MENTOR_CANDIDATE);
        } else if (roles.contains(INSTRUCTOR) || coordinatorsMayDesign && roles.contains(CONTENT_DEVELOPER)) {
            out.add(ToolRole.PROGRAM_COORDINATOR);
        }
        if (roles.contains(LEARNER) || roles.contains(STUDENT)) {
            out.add(ToolRole.MENTEE);
        }
        if (roles.contains(TEST_USER)) {
            out.add(ToolRole.TEST_USER);
        }
        Object seeded = custom.get(CUSTOM_ROLE);
        if ("mentor".equals(seeded)) {
            out.add(ToolRole.MENTOR_CANDIDATE);
        }
        return out;
    }

    /** Canvas (one issuer per Instructure cloud) sends LIS {@code Mentor} for a student's observer. */
    public static boolean mentorMeansObserver(String issuer) {
        String host = issuer == null ? "" : java.net.URI.create(issuer).getHost();
        return host != null && (host.equals("instructure.com") || host.endsWith(".instructure.com"));
    }

    /** The roles as a person reads them: {@code Mentor, Learner}, the vocabulary's prefix left out. */
    public static String shown(List<String> roles) {
        return String.join(", ", roles.stream().map(r -> r.startsWith(LIS) ? r.substring(r.lastIndexOf('#') + 1) : r)
                .distinct().toList());
    }
}
