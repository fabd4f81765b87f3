package org.tandem.rest.api;

import java.util.List;
import org.tandem.model.FieldError;
import org.tandem.model.Reason;

/**
 * An RFC 9457 problem detail. Public fields, because the JSON binding writes them as they are.
 */
public class Problem {
    public String type;
    public String title;
    public int status;
    public String detail;
    public String instance;
    /** For validation problems: one entry per field. */
    public List<FieldError> errors;
    /** For conflicts with several causes (e.g. unmet conditions of a phase change): each one. */
    public List<Reason> reasons;
    /** For version conflicts: the version the item is at now. */
    public Long currentVersion;

    public Problem() {
    }

    public Problem(String slug, String title, int status, String detail) {
        this.type = slug == null ? "about:blank" : "urn:tandem:problem:" + slug;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }
}
