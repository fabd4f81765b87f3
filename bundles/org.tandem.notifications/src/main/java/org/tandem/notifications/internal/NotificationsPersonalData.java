package org.tandem.notifications.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.notifications.internal.store.Forgetting;
import org.tandem.storage.PersonalData;

/** The notifications' tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class NotificationsPersonalData implements PersonalData {
    private static final String UNTIL_DELETED = "until the person is erased";

    @Override
    public String feature() {
        return "notifications";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("notify_items", List.of("person_id", "args", "link", "read_at"),
                        "the in-app inbox: what happened, for whom (never private notes or answers)",
                        "the person", UNTIL_DELETED).ownedBy("person_id").onErase(Erase.custom("the person's inbox deleted;"
                                + " in others' entries their name becomes “a former participant”")),
                personal("notify_mail", List.of("person_id", "address", "subject", "text_body", "html_body", "calendar", "last_error"),
                        "mail to send and sent: address and the rendered message",
                        "the person (as mail); administrators see address, status and reason in the outbox", UNTIL_DELETED).ownedBy("person_id")
                        .onErase(Erase.custom("the person's mail deleted; mail to others that names them deleted once"
                                + " sent, and rewritten without their name and address while it waits")),
                personal("notify_preferences", List.of("person_id", "mode"),
                        "how a person wants to be told, per category",
                        "the person", UNTIL_DELETED).ownedBy("person_id").onErase(Erase.deleteRows("person_id")),
                personal("notify_people", List.of("person_id", "mail_token", "feed_token_hash"),
                        "a person's unsubscribe token and calendar feed (its SHA-256)",
                        "the person", UNTIL_DELETED).ownedBy("person_id").secret("mail_token", "feed_token_hash")
                        .onErase(Erase.deleteRows("person_id")),
                personal("notify_deadlines", List.of("person_id", "message_key", "link"),
                        "what a person still has to do (with the relationship's title), for reminders and the calendar feed",
                        "the person", "until done").ownedBy("person_id").onErase(Erase.deleteRows("person_id")
                                .withCustom("in others' deadlines their name becomes “a former participant”")),
                personal("notify_meetings", List.of("organizer_id", "location"),
                        "the meetings invitations were sent for (to send changes and cancellations)",
                        "the members of the relationship", UNTIL_DELETED).ownedBy("organizer_id")
                        .onErase(Erase.steps().removing("organizer_id = ?", "location").anonymising(
                                "relationship_id = ?", "location")),
                personal("notify_known_participants", List.of("person_id"),
                        "who a coordinator's weekly summary already counted",
                        "nobody through the API", UNTIL_DELETED).ownedBy("person_id").onErase(Erase.deleteRows("person_id")),
                personal("notify_refused", List.of("address", "reason"),
                        "addresses the mail server refused for good",
                        "administrators (the outbox)", "until an administrator retries").onErase(Erase.custom("the person's"
                                + " address deleted")));
    }

    @Override
    public void erase(Connection c, String personId) throws SQLException {
        Forgetting.erase(c, personId);
    }
}
