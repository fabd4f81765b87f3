package org.tandem.lti.internal.services;

import static org.tandem.lti.internal.Texts.TEXT;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.lti.internal.launch.RoleMapping;
import org.tandem.lti.internal.launch.ToolRole;
import org.tandem.lti.internal.services.Nrps.Member;
import org.tandem.lti.internal.session.Identities;
import org.tandem.lti.internal.store.ContextStore;
import org.tandem.lti.internal.store.ContextStore.CourseLink;
import org.tandem.lti.internal.store.PlatformStore;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * Enrols a course's members in its program from the platform's roster (NRPS), with the same role
 * table as a launch. The whole roster is read before anything is written, so a failed page changes
 * nothing; members the platform no longer lists (or lists as inactive) become inactive participants,
 * never deleted, so their relationships and history stay. People added in Tandem itself are left alone.
 */
@Component(service = RosterSync.class, property = Feature.PROPERTY + "=lti-advantage",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.ADVANTAGE))
public class RosterSync {
    private static final Logger LOG = LoggerFactory.getLogger(RosterSync.class);
    private static final Set<String> PLATFORM_SOURCES = Set.of("launch", "roster");
    private final ContextStore contexts;
    private final PlatformStore platforms;
    private final Identities identities;
    private final ParticipantRepository participants;
    private final Nrps nrps;

    /** What a sync did: members read, participants now active, made inactive, and left out (no tool role). */
    public record Result(int members, int active, int deactivated, int withoutRole) {
    }

    @Activate
    public RosterSync(@Reference ContextStore contexts, @Reference PlatformStore platforms,
            @Reference Identities identities, @Reference ParticipantRepository participants,
            @Reference AccessTokens tokens) {
        this.contexts = contexts;
        this.platforms = platforms;
        this.identities = identities;
        this.participants = participants;
        this.nrps = new Nrps(tokens);
    }

    /**
     * @throws NotFoundException if no course with a roster service is linked to the program
     * @throws ServiceException if the platform refuses or fails (nothing is changed then)
     */
    public Result sync(String programId) {
        CourseLink course = contexts.byProgram(programId).stream().filter(l -> l.membershipsUrl() != null)
                .findFirst().orElseThrow(() -> new NotFoundException(TEXT.format("roster.no-course", "id",
                        programId)));
        Registration platform = platforms.find(course.platformId()).orElseThrow(() -> new NotFoundException(
                TEXT.format("roster.platform-gone")));
        List<Member> members = nrps.members(platform, course.membershipsUrl());
        Set<String> present = new HashSet<>();
        int withoutRole = 0;
        for (Member m : members) {
            if (!m.active()) {
                continue;
            }
            Set<ToolRole> roles = RoleMapping.map(m.roles(), Map.of(), false,
                    RoleMapping.mentorMeansObserver(platform.issuer()));
            Person p = identities.upsert(platform.issuer(), m.userId(), m.person());
            if (!identities.participate(programId, p.id(), roles, "roster", RoleMapping.shown(m.roles())).placed()) {
                withoutRole++; // recorded all the same, so that the coordinator can place them
            }
            present.add(p.id());
        }
        Set<String> keep = new HashSet<>(present);
        participants.inProgram(programId).stream().filter(p -> !PLATFORM_SOURCES.contains(p.source()))
                .forEach(p -> keep.add(p.personId())); // added in Tandem (e.g. a mentor from outside the course)
        int deactivated = participants.deactivateAllBut(programId, keep);
        LOG.info("Roster of course {} ({}): {} members, {} active participants, {} made inactive, {} without a"
                + " mentoring role", course.contextId(), platform.name(), members.size(), present.size(), deactivated,
                withoutRole);
        return new Result(members.size(), present.size(), deactivated, withoutRole);
    }
}
