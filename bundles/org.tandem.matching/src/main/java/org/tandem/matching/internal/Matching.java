package org.tandem.matching.internal;

import static org.tandem.matching.internal.Texts.TEXT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.json.JsonArrayBuilder;
import javax.json.JsonObjectBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.matching.internal.score.Reason;
import org.tandem.matching.internal.score.Scorer;
import org.tandem.matching.internal.score.Traits;
import org.tandem.matching.internal.solve.Assignment;
import org.tandem.matching.internal.solve.Exact;
import org.tandem.matching.internal.solve.FlowSolver;
import org.tandem.matching.internal.store.MatchProfile;
import org.tandem.matching.internal.store.MatchingDatabase;
import org.tandem.matching.internal.store.MatchingStore;
import org.tandem.matching.internal.store.Request;
import org.tandem.matching.internal.store.RequestStore;
import org.tandem.matching.internal.store.Run;
import org.tandem.matching.internal.store.RunStore;
import org.tandem.matching.internal.store.Settings;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.MentorRole;
import org.tandem.model.MentoringModel;
import org.tandem.model.NotFoundException;
import org.tandem.model.PageRequest;
import org.tandem.model.Participant;
import org.tandem.model.ParticipantRepository;
import org.tandem.model.Profile;
import org.tandem.model.ProfileRepository;
import org.tandem.model.Program;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.model.StaleVersionException;
import org.tandem.model.ValidationException;
import org.tandem.storage.Jsonp;

/**
 * Matching for one program: admin-led runs (the optimal proposal, edited, then published as
 * relationships) and self-match (ranked suggestions, requests a mentor accepts or declines; a declined
 * or unanswered request moves on to the next best mentor).
 */
@Component(service = Matching.class, property = Feature.PROPERTY + "=matching",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = MatchingFeature.ON))
public class Matching {
    private static final Logger LOG = LoggerFactory.getLogger(Matching.class);
    private static final int SUGGESTIONS = 10;
    private final MatchingDatabase db;
    private final ParticipantRepository participants;
    private final ProfileRepository profiles;
    private final RelationshipRepository relationships;

    @Activate
    public Matching(@Reference MatchingDatabase db, @Reference ParticipantRepository participants,
            @Reference ProfileRepository profiles, @Reference RelationshipRepository relationships) {
        this.db = db;
        this.participants = participants;
        this.profiles = profiles;
        this.relationships = relationships;
    }

    public Settings settings(String programId) {
        return db.inTransaction(c -> MatchingStore.settings(c, programId));
    }

    public Settings save(String programId, Settings s) {
        pools.remove(programId);
        return db.inTransaction(c -> MatchingStore.save(c, programId, s.checked()));
    }

    public MatchProfile profile(String programId, String personId) {
        return db.inTransaction(c -> MatchingStore.profile(c, programId, personId));
    }

    public MatchProfile saveProfile(MatchProfile p) {
        pools.remove(p.programId());
        return db.inTransaction(c -> MatchingStore.save(c, p));
    }

    Pool pool(Program program) {
        if (program.model() == MentoringModel.PEER || program.model() == MentoringModel.CO_MENTORING) {
            throw new ConflictException(TEXT.format("refuse.peer-model", "model", program.model().name()));
        }
        List<Participant> people = participants.inProgram(program.id());
        Map<String, Profile> byPerson = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (Participant p : people) {
            profiles.find(p.personId()).ifPresent(pr -> byPerson.put(p.personId(), pr));
            if (p.mentor()) {
                load.put(p.personId(), (int) relationships.withMember(p.personId()).stream().filter(r -> r.members()
                        .stream().anyMatch(m -> m.personId().equals(p.personId()) && m.role() == MemberRole.MENTOR)).count());
            }
        }
        List<Relationship> inProgram = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            List<Relationship> page = relationships.listByProgram(program.id(), new PageRequest(offset,
                    PageRequest.MAX_LIMIT)).items();
            inProgram.addAll(page);
            if (page.size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        return db.inTransaction(c -> new Pool(new Pool.Inputs(MatchingStore.settings(c, program.id()), people, byPerson,
                MatchingStore.profiles(c, program.id()), inProgram, MatchingStore.declined(c, program.id()), load)));
    }

    /** The optimal proposal for every open slot of the program, stored as a draft run. */
    public Run run(Program program, String byPersonId) {
        Pool pool = pool(program);
        Candidates cands = pool.candidates(pool.settings.candidatesPerSlot());
        long t0 = System.nanoTime();
        Assignment a;
        boolean certified;
        if (pool.settings.fairness()) {
            a = FlowSolver.solve(cands.problem(), true).assignment();
            certified = false;
        } else {
            Exact.Result exact = Exact.solve(cands.problem(), cands, 20);
            a = exact.assignment();
            certified = exact.certified();
        }
        List<Run.Proposal> proposals = new ArrayList<>();
        for (int s = 0; s < cands.problem().slots(); s++) {
            Traits mentee = pool.mentees.get(cands.menteeOf(s));
            int m = a.mentorOfSlot()[s];
            Scorer.Breakdown b = m < 0 ? null : pool.scorer.explain(mentee, cands.roleOf(s), pool.mentors.get(m));
            proposals.add(new Run.Proposal(s, mentee.personId(), cands.roleOf(s), m < 0 ? null : pool.mentors.get(m).personId(),
                    b == null ? 0 : b.total(), b == null ? null : json(b), false, null));
        }
        LOG.info("Matching run for program {}: {} of {} slots filled, total {}, {} in {} ms", program.id(), a.matched(),
                proposals.size(), a.total(), certified ? "proven optimal" : "optimal on the candidate graph",
                (System.nanoTime() - t0) / 1_000_000);
        Run run = new Run(UUID.randomUUID().toString(), 1, program.id(), Run.Status.DRAFT,
                pool.settings.fairness() ? "MOST_MATCHED" : "TOTAL_SCORE", certified, byPersonId, Instant.now(), null,
                proposals);
        return db.inTransaction(c -> RunStore.insert(c, run));
    }

    public Run findRun(String programId, String runId) {
        return db.inTransaction(c -> RunStore.find(c, runId)).filter(r -> r.programId().equals(programId))
                .orElseThrow(() -> new NotFoundException("matching run", runId));
    }

    /** An administrator's change to one slot: another mentor (checked against every rule) or none. */
    public Run propose(Program program, String runId, long version, int slot, String mentorId) {
        Run run = draft(program.id(), runId);
        Run.Proposal p = run.proposals().stream().filter(x -> x.slot() == slot).findFirst()
                .orElseThrow(() -> new NotFoundException("slot", String.valueOf(slot)));
        if (mentorId == null) {
            db.inTransaction(c -> {
                RunStore.propose(c, runId, version, slot, null, 0, null);
                return null;
            });
            return findRun(program.id(), runId);
        }
        Pool pool = pool(program);
        Integer mi = pool.mentorIndex.get(mentorId);
        Integer ei = pool.menteeIndex.get(p.menteeId());
        if (mi == null || ei == null) {
            throw new ConflictException(TEXT.format(mi == null ? "refuse.not-mentor" : "refuse.no-open-slot"));
        }
        Traits mentee = pool.mentees.get(ei);
        Traits mentor = pool.mentors.get(mi);
        String why = pool.rules.why(mentee, p.role(), mentor);
        if (why != null) {
            throw new ConflictException(TEXT.format("refuse.pair", "why", why));
        }
        long load = run.proposals().stream().filter(x -> x.slot() != slot && mentorId.equals(x.mentorId())).count();
        if (load >= pool.capacity[mi]) {
            throw new ConflictException(TEXT.format("refuse.run-capacity", "n", pool.capacity[mi]));
        }
        if (run.proposals().stream().anyMatch(x -> x.slot() != slot && x.menteeId().equals(p.menteeId())
                && mentorId.equals(x.mentorId()))) {
            throw new ConflictException(TEXT.format("refuse.same-mentee"));
        }
        Scorer.Breakdown b = pool.scorer.explain(mentee, p.role(), mentor);
        db.inTransaction(c -> {
            RunStore.propose(c, runId, version, slot, mentorId, b.total(), json(b));
            return null;
        });
        return findRun(program.id(), runId);
    }

    /**
     * Creates the relationships of a draft run (in Preparing): one per pair, or one per mentee with all
     * their new mentors in a TEAM program. Each is recorded as it is made, so a run interrupted by a
     * conflict is published again without duplicates.
     */
    public Run publish(Program program, String runId, long version) {
        Run run = draft(program.id(), runId);
        if (run.version() != version) {
            throw new StaleVersionException("matching run", runId, version, run.version());
        }
        Map<String, List<Run.Proposal>> byMentee = new LinkedHashMap<>();
        run.proposals().stream().filter(p -> p.mentorId() != null && p.relationshipId() == null)
                .forEach(p -> byMentee.computeIfAbsent(p.menteeId(), k -> new ArrayList<>()).add(p));
        List<String[]> made = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (List<Run.Proposal> group : byMentee.values()) {
            List<List<Run.Proposal>> parts = program.model() == MentoringModel.TEAM ? List.of(group)
                    : group.stream().map(List::of).toList();
            for (List<Run.Proposal> part : parts) {
                try {
                    String id = relationships.create(relationship(program, part)).id();
                    part.forEach(p -> made.add(new String[] {String.valueOf(p.slot()), id}));
                } catch (RuntimeException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        db.inTransaction(c -> {
            RunStore.published(c, runId, version, made);
            return null;
        });
        pools.remove(program.id());
        if (!problems.isEmpty()) {
            LOG.warn("Matching run {} published with {} pair(s) not created: {}", runId, problems.size(), problems);
        }
        return findRun(program.id(), runId);
    }

    private static Relationship relationship(Program program, List<Run.Proposal> part) {
        List<Member> members = new ArrayList<>();
        members.add(new Member(part.get(0).menteeId(), MemberRole.MENTEE, null));
        part.forEach(p -> members.add(new Member(p.mentorId(), MemberRole.MENTOR, p.role())));
        return new Relationship(null, 0, program.id(), null, members, null, null);
    }

    private Run draft(String programId, String runId) {
        Run run = findRun(programId, runId);
        if (run.status() != Run.Status.DRAFT) {
            throw new ConflictException(TEXT.format("refuse.published", "date", String.valueOf(run.publishedAt())));
        }
        return run;
    }

    /** A mentee's best mentors per open slot, with reasons; those asked already are left out. */
    public List<Suggestion> suggestions(Program program, String menteeId) {
        Pool pool = recentPool(program);
        Integer ei = pool.menteeIndex.get(menteeId);
        if (ei == null) {
            return List.of();
        }
        Set<String> asked = new HashSet<>();
        db.inTransaction(c -> RequestStore.ofMentee(c, program.id(), menteeId)).forEach(r -> asked.add(r.mentorId()));
        Traits mentee = pool.mentees.get(ei);
        List<MentorRole> slots = mentee.rolesNeeded().isEmpty() ? List.of(MentorRole.GENERAL) : mentee.rolesNeeded();
        List<Suggestion> out = new ArrayList<>();
        for (MentorRole slot : slots) {
            List<Suggestion> forSlot = new ArrayList<>();
            for (int j = 0; j < pool.mentors.size(); j++) {
                Traits mentor = pool.mentors.get(j);
                if (pool.capacity[j] > 0 && !asked.contains(mentor.personId()) && pool.rules.allowed(mentee, slot, mentor)) {
                    forSlot.add(new Suggestion(slot, mentor.personId(), pool.scorer.explain(mentee, slot, mentor)));
                }
            }
            forSlot.sort(Comparator.comparingInt((Suggestion s) -> -s.breakdown().total()).thenComparing(Suggestion::mentorId));
            out.addAll(forSlot.subList(0, Math.min(SUGGESTIONS, forSlot.size())));
        }
        return out;
    }

    public record Suggestion(MentorRole role, String mentorId, Scorer.Breakdown breakdown) {
    }

    /**
     * The program's pool as read at most {@link #POOL_SECONDS} ago, while nobody joined, left or was
     * paired. Suggestions are shown on every home page, and reading a program's people costs a query
     * per participant; a profile change seen a few seconds late is harmless, because a request is checked
     * against a fresh pool. Changes made here drop it.
     */
    private Pool recentPool(Program program) {
        long now = System.nanoTime();
        // who takes part and how many relationships there are: two queries that catch a newcomer or a
        // new pairing at once, where the pool itself costs one query per participant
        long stamp = 31L * participants.inProgram(program.id()).hashCode()
                + relationships.listByProgram(program.id(), new PageRequest(0, 1)).total();
        Cached c = pools.get(program.id());
        if (c != null && c.stamp() == stamp && now - c.at() < POOL_SECONDS * 1_000_000_000L) {
            return c.pool();
        }
        Pool fresh = pool(program);
        pools.put(program.id(), new Cached(fresh, now, stamp));
        return fresh;
    }

    private static final long POOL_SECONDS = 30;
    private final Map<String, Cached> pools = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(Pool pool, long at, long stamp) {
    }

    /** A mentee asks a mentor: one open request per kind of mentoring at a time. */
    public Request request(Program program, String menteeId, String mentorId, MentorRole role) {
        Pool pool = pool(program);
        Integer ei = pool.menteeIndex.get(menteeId);
        Integer mi = pool.mentorIndex.get(mentorId);
        if (ei == null) {
            throw new ConflictException(TEXT.format("refuse.no-place"));
        }
        if (mi == null) {
            throw new ValidationException("mentorId", TEXT.format("input.not-mentor"));
        }
        Traits mentee = pool.mentees.get(ei);
        MentorRole slot = role != null ? role : mentee.rolesNeeded().isEmpty() ? MentorRole.GENERAL : mentee.rolesNeeded().get(0);
        if (!mentee.rolesNeeded().isEmpty() && !mentee.rolesNeeded().contains(slot)) {
            throw new ValidationException("role", TEXT.format("input.role-not-sought", "roles", String.valueOf(mentee.rolesNeeded())));
        }
        String why = pool.rules.why(mentee, slot, pool.mentors.get(mi));
        if (why != null) {
            throw new ConflictException(TEXT.format("refuse.ask", "why", why));
        }
        if (pool.capacity[mi] <= 0) {
            throw new ConflictException(TEXT.format("refuse.full"));
        }
        return db.inTransaction(c -> {
            for (Request r : RequestStore.ofMentee(c, program.id(), menteeId)) {
                if (r.status() == Request.Status.PENDING && (r.role() == slot || r.mentorId().equals(mentorId))) {
                    throw new ConflictException(TEXT.format("refuse.waiting", "date", String.valueOf(r.dueAt())));
                }
            }
            int score = pool.scorer.score(mentee, slot, pool.mentors.get(mi));
            pools.remove(program.id());
            return RequestStore.insert(c, program.id(), menteeId, mentorId, slot, score, due(pool.settings), null);
        });
    }

    private static Instant due(Settings s) {
        return Instant.now().plus(Duration.ofDays(s.answerWithinDays()));
    }

    public List<Request> requestsOf(String programId, String personId) {
        return db.inTransaction(c -> RequestStore.of(c, programId, personId));
    }

    public Request findRequest(String programId, String id) {
        return db.inTransaction(c -> RequestStore.find(c, id)).filter(r -> r.programId().equals(programId))
                .orElseThrow(() -> new NotFoundException("matching request", id));
    }

    /** The mentor says yes: the relationship starts (in Preparing). */
    public Request accept(Program program, Request r) {
        open(r);
        Relationship made = relationships.create(new Relationship(null, 0, program.id(), null, List.of(
                new Member(r.menteeId(), MemberRole.MENTEE, null), new Member(r.mentorId(), MemberRole.MENTOR, r.role())),
                null, null));
        db.inTransaction(c -> {
            RequestStore.decide(c, r, Request.Status.ACCEPTED, made.id());
            return null;
        });
        pools.remove(program.id());
        return findRequest(program.id(), r.id());
    }

    /** The mentor says no: the pair is never proposed again, and the request moves on. */
    public Request decline(Program program, Request r) {
        open(r);
        db.inTransaction(c -> {
            RequestStore.decide(c, r, Request.Status.DECLINED, null);
            MatchingStore.decline(c, program.id(), r.menteeId(), r.mentorId());
            return null;
        });
        moveOn(program, r);
        return findRequest(program.id(), r.id());
    }

    /** Expires one overdue request (if no other node did) and moves it on; false if it was taken. */
    public boolean expire(Program program, Request r) {
        try {
            db.inTransaction(c -> {
                RequestStore.decide(c, r, Request.Status.EXPIRED, null);
                return null;
            });
        } catch (StaleVersionException | NotFoundException taken) {
            return false;
        }
        moveOn(program, r);
        return true;
    }

    public List<Request> overdue() {
        return db.inTransaction(c -> RequestStore.overdue(c, Instant.now()));
    }

    private static void open(Request r) {
        if (r.status() != Request.Status.PENDING) {
            throw new ConflictException(TEXT.format("refuse.answered", "status", r.status().name()));
        }
        if (r.dueAt().isBefore(Instant.now())) {
            throw new ConflictException(TEXT.format("refuse.expired", "date", String.valueOf(r.dueAt())));
        }
    }

    /** The next best mentor the mentee has not asked yet for that kind of mentoring, if any. */
    private void moveOn(Program program, Request from) {
        pools.remove(program.id());
        Optional<Suggestion> next = suggestions(program, from.menteeId()).stream()
                .filter(s -> s.role() == from.role()).findFirst();
        if (next.isEmpty()) {
            LOG.info("Matching request {} ended; no other mentor is left to ask for mentee {}", from.id(), from.menteeId());
            return;
        }
        Settings settings = settings(program.id());
        Request made = db.inTransaction(c -> RequestStore.insert(c, program.id(), from.menteeId(), next.get().mentorId(),
                from.role(), next.get().breakdown().total(), due(settings), from.id()));
        LOG.info("Matching request {} moved on to mentor {} as request {}", from.id(), made.mentorId(), made.id());
    }

    /** The reason as stored: its key and arguments, put into words in the reader's language when shown. */
    private static JsonObjectBuilder reason(Reason r) {
        JsonObjectBuilder args = Jsonp.objectBuilder();
        r.args().forEach((k, v) -> {
            if (v instanceof Number n) {
                args.add(k, n.longValue());
            } else {
                args.add(k, String.valueOf(v));
            }
        });
        return Jsonp.objectBuilder().add("key", r.key()).add("args", args);
    }

    static String json(Scorer.Breakdown b) {
        JsonArrayBuilder parts = Jsonp.arrayBuilder();
        for (Scorer.Part p : b.parts()) {
            parts.add(Jsonp.objectBuilder().add("criterion", p.criterion().name()).add("weight", p.weight())
                    .add("similarity", p.shownSimilarity()).add("points", p.shownPoints())
                    .add("why", p.why().in(Locale.ENGLISH)).add("reason", reason(p.why())));
        }
        return parts.build().toString();
    }
}
