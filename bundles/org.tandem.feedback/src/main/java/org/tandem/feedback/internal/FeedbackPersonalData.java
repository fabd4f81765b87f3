package org.tandem.feedback.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.tandem.feedback.internal.form.AnswerJson;
import org.tandem.feedback.internal.form.Question;
import org.tandem.feedback.internal.form.Template;
import org.tandem.feedback.internal.form.TemplateReader;
import org.tandem.feedback.internal.form.Visibility;
import org.tandem.storage.PersonalData;
import org.tandem.storage.Sql;

/** The feedback forms' tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class FeedbackPersonalData implements PersonalData {
    private static final String UNTIL_DELETED = "until the person is erased";

    @Override
    public String feature() {
        return "feedback";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("feedback_recipients", List.of("person_id", "about_person_id"),
                        "who is asked to answer a form, and about whom",
                        "the person asked; the program's coordinators (whether answered)", UNTIL_DELETED).ownedBy("person_id")
                        .onErase(Erase.keep("who was asked, by id: the response rate")),
                personal("feedback_responses", List.of("person_id", "answers"),
                        "a person's answers to a form",
                        "the person who answered; others only as the template allows, and aggregates only over at least the minimum group size", UNTIL_DELETED).ownedBy("person_id")
                        .onErase(Erase.custom("free-text answers replaced by a note that they were removed; choices and numbers stay, so aggregates"
                                + " (shown only over the minimum group size) do not change; the same for a closed"
                                + " relationship's forms when it is anonymised")),
                none("feedback_forms", "forms sent: template, relationship, when open"),
                none("feedback_schedules", "when a program sends which form"),
                none("feedback_due", "forms scheduled to open"),
                none("feedback_templates", "the questions of each form template"));
    }

    @Override
    public void erase(Connection c, String personId) throws SQLException {
        withoutText(c, "r.person_id = ?", personId);
    }

    @Override
    public void anonymise(Connection c, String relationshipId) throws SQLException {
        withoutText(c, "f.relationship_id = ?", relationshipId);
    }

    /** Removes the answers to free-text questions from the responses {@code where} selects. */
    private static void withoutText(Connection c, String where, String id) throws SQLException {
        record Answered(String form, String person, String answers, String tenant, String key, int version) {
        }
        List<Answered> found = Sql.query(c, "SELECT r.form_id, r.person_id, r.answers, f.tenant, f.template_key,"
                + " f.template_version FROM feedback_responses r JOIN feedback_forms f ON f.id = r.form_id WHERE "
                + where, rs -> new Answered(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)), id);
        for (Answered a : found) {
            Set<String> text = template(c, a.tenant(), a.key(), a.version()).map(FeedbackPersonalData::textQuestions)
                    .orElse(null);
            Map<String, Object> answers = AnswerJson.read(a.answers());
            // the text is replaced, not dropped, so that how many answered each question stays as it was;
            // without the template every text answer goes: a choice's key is lost with it, but no text stays
            boolean changed = false;
            for (Map.Entry<String, Object> e : answers.entrySet()) {
                boolean free = text == null ? e.getValue() instanceof String : text.contains(e.getKey());
                if (free && e.getValue() instanceof String v && !v.isBlank() && !Erase.REMOVED.equals(v)) {
                    e.setValue(Erase.REMOVED);
                    changed = true;
                }
            }
            if (changed) {
                Sql.update(c, "UPDATE feedback_responses SET answers = ? WHERE form_id = ? AND person_id = ?",
                        AnswerJson.write(answers), a.form(), a.person());
            }
        }
    }

    /** A form's template, read in the caller's transaction. */
    private static java.util.Optional<Template> template(Connection c, String tenant, String key, int version)
            throws SQLException {
        return Sql.one(c, "SELECT body, version FROM feedback_templates WHERE tenant = ? AND template_key = ? AND"
                + " version = ?", rs -> TemplateReader.read(rs.getString(1), rs.getInt(2)), tenant, key, version);
    }

    private static Set<String> textQuestions(Template t) {
        return t.questions().stream().filter(q -> q.type().text()).map(Question::id).collect(Collectors.toSet());
    }

    /**
     * A counterpart's submitted answers that the person may read in Tandem: in their relationships' forms
     * whose template's visibility is COUNTERPART, by a member on the other side (a mentee reads the
     * mentors', a mentor the mentee's). Aggregate-only forms give them nothing: they see no aggregates.
     */
    @Override
    public Map<String, List<Map<String, Object>>> readableBy(Connection c, String personId) throws SQLException {
        record Answer(String form, String author, String answers, java.sql.Timestamp at, String tenant, String key,
                int version, String relationship, String authorRole, String readerRole) {
        }
        List<Answer> found = Sql.query(c, "SELECT r.form_id, r.person_id, r.answers, r.submitted_at, f.tenant,"
                + " f.template_key, f.template_version, f.relationship_id, a.member_role, m.member_role FROM"
                + " feedback_responses r JOIN feedback_forms f ON f.id = r.form_id JOIN relationship_members m ON"
                + " m.relationship_id = f.relationship_id AND m.person_id = ? JOIN relationship_members a ON"
                + " a.relationship_id = f.relationship_id AND a.person_id = r.person_id WHERE r.submitted_at IS NOT NULL"
                + " AND r.person_id <> ?", rs -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)), personId, personId);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (Answer a : found) {
            boolean otherSide = "MENTEE".equals(a.authorRole()) != "MENTEE".equals(a.readerRole());
            if (otherSide && template(c, a.tenant(), a.key(), a.version())
                    .map(t -> t.visibility() == Visibility.COUNTERPART).orElse(false)) {
                Map<String, Object> row = new java.util.TreeMap<>();
                row.put("form_id", a.form());
                row.put("template_key", a.key());
                row.put("relationship_id", a.relationship());
                row.put("from_person_id", a.author());
                row.put("answers", a.answers());
                row.put("submitted_at", a.at().toInstant().toString());
                rows.add(row);
            }
        }
        return rows.isEmpty() ? Map.of() : Map.of("feedback_you_may_read", rows);
    }
}
