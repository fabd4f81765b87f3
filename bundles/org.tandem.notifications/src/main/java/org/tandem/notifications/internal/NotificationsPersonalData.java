package org.tandem.notifications.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** The notifications' tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class NotificationsPersonalData implements PersonalData {
    private static final String UNTIL_DELETED = "until the relationship or the person is deleted (no automatic retention yet)";

    @Override
    public String feature() {
        return "notifications";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("notify_items", List.of("person_id", "args", "link", "read_at"),
                        "the in-app inbox: what happened, for whom (never private notes or answers)",
                        "the person", UNTIL_DELETED).ownedBy("person_id"),
                personal("notify_mail", List.of("person_id", "address", "subject", "text_body", "html_body", "calendar", "last_error"),
                        "mail to send and sent: address and the rendered message",
                        "the person (as mail); administrators see address, status and reason in the outbox", UNTIL_DELETED).ownedBy("person_id"),
                personal("notify_preferences", List.of("person_id", "mode"),
                        "how a person wants to be told, per category",
                        "the person", UNTIL_DELETED).ownedBy("person_id"),
                personal("notify_people", List.of("person_id", "mail_token", "feed_token_hash"),
                        "a person's unsubscribe token and calendar feed (its SHA-256)",
                        "the person", UNTIL_DELETED).ownedBy("person_id").secret("mail_token", "feed_token_hash"),
                personal("notify_deadlines", List.of("person_id", "link"),
                        "what a person still has to do, for reminders and the calendar feed",
                        "the person", "until done").ownedBy("person_id"),
                personal("notify_meetings", List.of("organizer_id", "location"),
                        "the meetings invitations were sent for (to send changes and cancellations)",
                        "the members of the relationship", UNTIL_DELETED).ownedBy("organizer_id"),
                personal("notify_known_participants", List.of("person_id"),
                        "who a coordinator's weekly summary already counted",
                        "nobody through the API", UNTIL_DELETED).ownedBy("person_id"),
                personal("notify_refused", List.of("address", "reason"),
                        "addresses the mail server refused for good",
                        "administrators (the outbox)", "until an administrator retries"));
    }
}
