package org.tandem.feedback.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.api.FeedbackProgress;
import org.tandem.feedback.internal.store.Forms;
import org.tandem.model.Feature;

/** {@link FeedbackProgress} from the forms' recipients and their submitted responses. */
@Component(service = FeedbackProgress.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class FeedbackProgressComponent implements FeedbackProgress {
    private final Forms forms;

    @Activate
    public FeedbackProgressComponent(@Reference Forms forms) {
        this.forms = forms;
    }

    @Override
    public int outstanding(String programId) {
        return forms.outstanding(programId);
    }
}
