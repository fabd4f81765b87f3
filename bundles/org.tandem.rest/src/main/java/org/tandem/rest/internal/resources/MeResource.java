package org.tandem.rest.internal.resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.tandem.model.Feature;
import org.tandem.model.MemberRole;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Person;
import org.tandem.model.PersonRepository;
import org.tandem.model.Profile;
import org.tandem.model.ProfileRepository;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.rest.api.Caller;
import org.tandem.rest.api.Callers;
import org.tandem.rest.api.RestApi;

/**
 * {@code GET /api/me}: what the web app shows first, in one request — the signed-in person, the
 * programs they take part in or administer, their relationships with every member's name and role
 * (a mentee's developmental network, a mentor's mentees) and the mentoring capacity they have used.
 * Only for a person's session: the admin token is nobody.
 */
@Component(service = MeResource.class, property = Feature.PROPERTY + "=core")
@JaxrsResource
@JaxrsName("tandem.me")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@JaxrsExtensionSelect(RestApi.JSON_SELECT)
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final PersonRepository people;
    private final ProfileRepository profiles;
    private final ProgramRepository programs;
    private final ParticipantRepository participants;
    private final RelationshipRepository relationships;

    @Activate
    public MeResource(@Reference PersonRepository people, @Reference ProfileRepository profiles,
            @Reference ProgramRepository programs, @Reference ParticipantRepository participants,
            @Reference RelationshipRepository relationships) {
        this.people = people;
        this.profiles = profiles;
        this.programs = programs;
        this.participants = participants;
        this.relationships = relationships;
    }

    /**
     * @param waiting the programs the person joined by a launch whose course roles gave them no place yet
     */
    public record Me(PersonView person, String tenant, boolean tenantAdmin, List<ProgramView> programs,
            List<RelationshipView> relationships, Capacity capacity, List<Waiting> waiting) {
    }

    /** A program that has the person, without a capacity: who can place them, and the roles the LMS sent. */
    public record Waiting(String programId, String programName, String platformRoles, List<String> coordinators) {
    }

    public record PersonView(String id, String displayName, String email, String locale, String pictureUrl) {
        static PersonView of(Person p) {
            return new PersonView(p.id(), p.displayName(), p.email(), p.locale(), p.pictureUrl());
        }
    }

    public record ProgramView(String id, String name, String model, boolean formal, String startsOn,
            String endsOn, boolean administers) {
    }

    public record MemberView(String personId, String displayName, String pictureUrl, MemberRole role,
            String mentorRole, boolean me) {
    }

    public record RelationshipView(String id, String programId, String programName, String title,
            MemberRole myRole, List<MemberView> members, String startsOn, String endsOn) {
    }

    /** @param limit the capacity in the mentor's profile; null when they set none */
    public record Capacity(Integer limit, int used) {
    }

    @GET
    public Me me(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Person person = people.find(caller.personId()).orElseThrow(() -> new javax.ws.rs.NotFoundException(
                "Your person record is gone; open Tandem again from your course."));
        List<Relationship> mine = relationships.withMember(person.id()).stream()
                .filter(r -> programs.find(r.programId()).map(p -> p.tenant().equals(caller.tenant())).orElse(false))
                .toList();
        Map<String, Program> visible = programsOf(caller, mine);
        Map<String, Person> names = people.findAll(mine.stream().flatMap(r -> r.members().stream())
                .map(m -> m.personId()).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        List<ProgramView> programViews = visible.values().stream()
                .sorted(java.util.Comparator.comparing(Program::name).thenComparing(Program::id))
                .map(p -> new ProgramView(p.id(), p.name(), p.model().name(), p.formal(), text(p.startsOn()),
                        text(p.endsOn()), caller.administers(p.id())))
                .toList();
        List<RelationshipView> views = mine.stream().map(r -> view(r, person.id(), names, visible)).toList();
        return new Me(PersonView.of(person), caller.tenant(), caller.tenantAdmin(), programViews, views,
                capacity(person.id(), mine), waiting(caller, visible));
    }

    private List<Waiting> waiting(Caller caller, Map<String, Program> visible) {
        List<Waiting> out = new ArrayList<>();
        for (Participant p : participants.ofPerson(caller.personId())) {
            Optional<Program> program = programs.find(p.programId());
            if (p.placed() || visible.containsKey(p.programId()) || program.isEmpty()
                    || !program.get().tenant().equals(caller.tenant())) {
                continue;
            }
            List<String> ids = participants.inProgram(p.programId()).stream()
                    .filter(x -> x.coordinator() && x.active()).map(Participant::personId).toList();
            List<String> coordinators = people.findAll(ids).stream().map(Person::displayName).sorted().toList();
            out.add(new Waiting(p.programId(), program.get().name(), p.platformRoles(), coordinators));
        }
        return out;
    }

    private Map<String, Program> programsOf(Caller caller, Collection<Relationship> mine) {
        Set<String> ids = new HashSet<>(participants.programsOf(caller.personId()));
        ids.addAll(caller.programsAdministered());
        mine.forEach(r -> ids.add(r.programId()));
        if (caller.tenantAdmin()) {
            programs.listByTenant(caller.tenant(), new org.tandem.model.PageRequest(0, 200)).items()
                    .forEach(p -> ids.add(p.id()));
        }
        Map<String, Program> found = new LinkedHashMap<>();
        ids.stream().map(programs::find).flatMap(Optional::stream)
                .filter(p -> p.tenant().equals(caller.tenant())).forEach(p -> found.put(p.id(), p));
        return found;
    }

    private static RelationshipView view(Relationship r, String me, Map<String, Person> names,
            Map<String, Program> programs) {
        List<MemberView> members = new ArrayList<>();
        r.members().forEach(m -> {
            Person p = names.get(m.personId());
            members.add(new MemberView(m.personId(), p == null ? "?" : p.displayName(),
                    p == null ? null : p.pictureUrl(), m.role(),
                    m.mentorRole() == null ? null : m.mentorRole().name(), m.personId().equals(me)));
        });
        MemberRole mine = r.members().stream().filter(m -> m.personId().equals(me)).findFirst()
                .map(m -> m.role()).orElse(null);
        Program p = programs.get(r.programId());
        return new RelationshipView(r.id(), r.programId(), p == null ? null : p.name(), r.title(), mine, members,
                text(r.startsOn()), text(r.endsOn()));
    }

    private Capacity capacity(String personId, List<Relationship> mine) {
        int used = (int) mine.stream().filter(r -> r.members().stream()
                .anyMatch(m -> m.personId().equals(personId) && m.role() == MemberRole.MENTOR)).count();
        Integer limit = profiles.find(personId).map(Profile::mentorCapacity).orElse(null);
        return new Capacity(limit, used);
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }
}
