package org.tandem.feedback.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.api.SelfAssessments;
import org.tandem.feedback.internal.form.Aggregates;
import org.tandem.feedback.internal.form.Template;
import org.tandem.feedback.internal.store.Forms;
import org.tandem.feedback.internal.store.Templates;
import org.tandem.model.Feature;

/** {@link SelfAssessments} from the person's submitted mentor-competency self-assessments. */
@Component(service = SelfAssessments.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class SelfAssessmentsComponent implements SelfAssessments {
    static final String TEMPLATE = "mentor-competency-self-assessment";
    private final Forms forms;
    private final Templates templates;

    @Activate
    public SelfAssessmentsComponent(@Reference Forms forms, @Reference Templates templates) {
        this.forms = forms;
        this.templates = templates;
    }

    @Override
    public Map<String, Double> latest(String personId) {
        Map<String, Double> out = new TreeMap<>();
        forms.addressedTo(personId).stream().filter(f -> f.templateKey().equals(TEMPLATE))
                .flatMap(f -> forms.response(f.id(), personId).filter(Forms.Response::submitted)
                        .map(r -> Map.entry(f, r)).stream())
                .max(Comparator.comparing(e -> e.getValue().submittedAt()))
                .ifPresent(e -> {
                    Template t = templates.version(e.getKey().tenant(), TEMPLATE, e.getKey().templateVersion())
                            .orElse(null);
                    if (t != null) { // one person's own answers, for their own use: no group threshold applies
                        Aggregates.competencies(t, List.of(e.getValue().answers()), 1)
                                .forEach(c -> out.put(c.name(), c.mean()));
                    }
                });
        return out;
    }
}
