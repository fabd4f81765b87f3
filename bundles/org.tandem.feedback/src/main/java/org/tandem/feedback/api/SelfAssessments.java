package org.tandem.feedback.api;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A mentor's own latest competency self-assessment. It is aggregate-only data: a caller may use it
 * only for the person themself (e.g. to suggest training to them), never show it to anyone else.
 */
@ProviderType
public interface SelfAssessments {
    /** The scale the means are on (1 to this). */
    int SCALE = 7;

    /** Competency → the mean of the person's answers in their latest submitted self-assessment; empty if none. */
    Map<String, Double> latest(String personId);
}
