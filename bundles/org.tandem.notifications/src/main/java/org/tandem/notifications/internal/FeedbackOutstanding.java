package org.tandem.notifications.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.api.FeedbackProgress;
import org.tandem.model.Feature;

/** {@link Outstanding} from the feedback feature's {@link FeedbackProgress}, while that runs. */
@Component(service = Outstanding.class, property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class FeedbackOutstanding implements Outstanding {
    private final FeedbackProgress progress;

    @Activate
    public FeedbackOutstanding(@Reference FeedbackProgress progress) {
        this.progress = progress;
    }

    @Override
    public int answers(String programId) {
        return progress.outstanding(programId);
    }
}
