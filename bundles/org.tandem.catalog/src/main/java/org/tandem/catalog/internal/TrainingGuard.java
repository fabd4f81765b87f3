package org.tandem.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.workflow.api.Actor;
import org.tandem.workflow.api.Condition;
import org.tandem.workflow.api.Phase;
import org.tandem.workflow.api.TransitionGuard;
import org.tandem.workflow.api.WorkflowState;

/**
 * The program's required training, as a condition of entering Enabling: each mentor (or mentee, as
 * the requirement says) must hold a valid completion of each required course. It is a service of the
 * catalog feature, so switching the catalog off lifts the condition at once.
 */
@Component(property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class TrainingGuard implements TransitionGuard {
    static final String CODE = "training-missing";
    private final Requirements requirements;
    private final Completions completions;
    private final Courses courses;
    private final Clock clock;

    @Activate
    public TrainingGuard(@Reference Requirements requirements, @Reference Completions completions,
            @Reference Courses courses) {
        this.requirements = requirements;
        this.completions = completions;
        this.courses = courses;
        this.clock = Clock.systemUTC();
    }

    @Override
    public List<Condition> unmet(WorkflowState state, Phase to, Actor actor) {
        if (to != Phase.ENABLING) {
            return List.of();
        }
        List<Requirement> required = requirements.ofProgram(state.relationship().programId()).stream()
                .filter(r -> r.kind() == Requirement.Kind.REQUIRED_BEFORE_ENABLING).toList();
        if (required.isEmpty()) {
            return List.of();
        }
        return missing(state, required, completions::ofPerson, id -> courses.find(id).map(Course::title)
                .orElse("a removed course"), LocalDate.now(clock));
    }

    /** Each member's missing required course, named, in the order of members and requirements. */
    static List<Condition> missing(WorkflowState state, List<Requirement> required,
            Function<String, List<Completion>> completionsOf, Function<String, String> titleOf, LocalDate today) {
        List<Condition> out = new ArrayList<>();
        for (Member m : state.relationship().members()) {
            boolean mentor = m.role() != MemberRole.MENTEE;
            List<Completion> done = null;
            for (Requirement r : required) {
                if (mentor ? !r.concernsMentors() : !r.concernsMentees()) {
                    continue;
                }
                done = done == null ? completionsOf.apply(m.personId()) : done;
                boolean met = done.stream().anyMatch(c -> c.courseId().equals(r.courseId()) && c.validOn(today)
                        && (!r.verifiedOnly() || c.verified()));
                if (!met) {
                    out.add(new Condition(CODE, Texts.TEXT.format("condition.training-missing", "name",
                            state.nameOf(m.personId()), "course", titleOf.apply(r.courseId()), "verified",
                            String.valueOf(r.verifiedOnly()))));
                }
            }
        }
        return out;
    }

}
