package org.tandem.lti.internal.launch;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LIS roles to Tandem roles, by the table in lti-security.md, from the platforms' own sources. Unknown
 * and empty roles give nothing (least privilege). LIS {@code membership#Mentor} is Canvas's Observer
 * (a parent) and never makes anyone a mentor. A TA is checked before the Instructor rule, because
 * Canvas sends TAs both.
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
        Set<ToolRole> out = EnumSet.noneOf(ToolRole.class);
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
}
