package org.tandem.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.api.SelfAssessments;
import org.tandem.model.Feature;

/**
 * Courses for the competencies a mentor rated low in their own self-assessment (below the middle of
 * the scale). Present only while the feedback feature runs; its suggestions go to the person alone,
 * since the self-assessment is theirs.
 */
@Component(service = SuggestionSource.class, property = Feature.PROPERTY + "=catalog",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = CatalogFeature.ON))
public class CompetencySuggestions implements SuggestionSource {
    private final SelfAssessments assessments;
    private final Courses courses;

    @Activate
    public CompetencySuggestions(@Reference SelfAssessments assessments, @Reference Courses courses) {
        this.assessments = assessments;
        this.courses = courses;
    }

    @Override
    public List<Training.Suggestion> forPerson(String personId, String tenant, Set<String> completed) {
        double middle = (1 + SelfAssessments.SCALE) / 2.0;
        List<Training.Suggestion> out = new ArrayList<>();
        for (Map.Entry<String, Double> gap : assessments.latest(personId).entrySet()) {
            if (gap.getValue() == null || gap.getValue() >= middle) {
                continue;
            }
            for (Course c : courses.visibleTo(tenant)) {
                boolean covers = c.competencies().stream().anyMatch(x -> x.equalsIgnoreCase(gap.getKey()));
                if (covers && c.audience() != Course.Audience.MENTEES && !completed.contains(c.id())) {
                    out.add(new Training.Suggestion(c, Texts.TEXT.format("suggest.self-assessment", "competency",
                            gap.getKey(), "rating", gap.getValue(), "scale", SelfAssessments.SCALE)));
                }
            }
        }
        return out;
    }
}
