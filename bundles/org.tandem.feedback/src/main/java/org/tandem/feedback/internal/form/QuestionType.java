package org.tandem.feedback.internal.form;

/** The kinds of question a feedback form asks, and how an answer to each is shaped. */
public enum QuestionType {
    /** A point on a scale of {@code points} (e.g. 1–7), with anchor labels. Answer: a whole number. */
    LIKERT,
    /** One of the options. Answer: the option's key. */
    SINGLE_CHOICE,
    /** Any of the options. Answer: a list of option keys. */
    MULTIPLE_CHOICE,
    /** Answer: text up to 500 characters. */
    SHORT_TEXT,
    /** Answer: text up to 10,000 characters. */
    LONG_TEXT,
    /** A scale point for each row. Answer: row key → whole number. */
    RATING_MATRIX,
    /** Answer: true or false. */
    YES_NO;

    /** Whether answers are free text, which aggregate-only forms never show per person. */
    public boolean text() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }
}
