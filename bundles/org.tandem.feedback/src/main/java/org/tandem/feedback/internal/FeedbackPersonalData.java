package org.tandem.feedback.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** The feedback forms' tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class FeedbackPersonalData implements PersonalData {
    private static final String UNTIL_DELETED = "until the relationship or the person is deleted (no automatic retention yet)";

    @Override
    public String feature() {
        return "feedback";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("feedback_recipients", List.of("person_id", "about_person_id"),
                        "who is asked to answer a form, and about whom",
                        "the person asked; the program's coordinators (whether answered)", UNTIL_DELETED).ownedBy("person_id"),
                personal("feedback_responses", List.of("person_id", "answers"),
                        "a person's answers to a form",
                        "the person who answered; others only as the template allows, and aggregates only over at least the minimum group size", UNTIL_DELETED).ownedBy("person_id"),
                none("feedback_forms", "forms sent: template, relationship, when open"),
                none("feedback_schedules", "when a program sends which form"),
                none("feedback_due", "forms scheduled to open"),
                none("feedback_templates", "the questions of each form template"));
    }
}
