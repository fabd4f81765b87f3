package org.tandem.feedback.internal.form;

/** Who sees the answers of a form: declared by its template, enforced everywhere answers leave storage. */
public enum Visibility {
    /** A reflection: only the person who answered. */
    RESPONDENT_ONLY,
    /** Constructive feedback to a named person: the respondent and that person. */
    COUNTERPART,
    /** Program administrators see aggregates over at least k respondents, never a person's answers. */
    ADMINS_AGGREGATE
}
