package org.tandem.feedback.internal;

import static org.tandem.feedback.internal.Texts.TEXT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.feedback.internal.store.Forms;
import org.tandem.feedback.internal.store.Schedules;
import org.tandem.feedback.internal.store.Schedules.Recipients;
import org.tandem.feedback.internal.store.Templates;
import org.tandem.model.Feature;
import org.tandem.model.Member;
import org.tandem.model.MemberRole;
import org.tandem.model.NotFoundException;
import org.tandem.model.Program;
import org.tandem.model.ProgramRepository;
import org.tandem.model.Relationship;
import org.tandem.model.RelationshipRepository;
import org.tandem.model.ValidationException;

/** Sends a form of a template to the chosen members of a relationship, against the template's current version. */
@Component(service = Sending.class, property = Feature.PROPERTY + "=feedback",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = FeedbackFeature.ON))
public class Sending {
    /**
     * A form was sent and may be answered. Properties: formId, relationshipId, programId, templateKey,
     * recipients (the person ids), closesAt (epoch milliseconds, or absent).
     */
    public static final String OPENED = "org/tandem/feedback/OPENED";
    private static final Logger LOG = LoggerFactory.getLogger(Sending.class);
    private final Forms forms;
    private final Templates templates;
    private final RelationshipRepository relationships;
    private final ProgramRepository programs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public Sending(@Reference Forms forms, @Reference Templates templates,
            @Reference RelationshipRepository relationships, @Reference ProgramRepository programs) {
        this.forms = forms;
        this.templates = templates;
        this.relationships = relationships;
        this.programs = programs;
    }

    public Forms.Form send(String relationshipId, String templateKey, Recipients who, int answerWithinDays,
            String reason) {
        Relationship r = relationships.find(relationshipId).orElseThrow(() -> new NotFoundException("relationship",
                relationshipId));
        Program p = programs.find(r.programId()).orElseThrow(() -> new NotFoundException("program", r.programId()));
        Templates.Stored t = templates.current(p.tenant(), templateKey).orElseThrow(() -> new ValidationException(
                "templateKey", TEXT.format("input.no-template")));
        List<Forms.Recipient> recipients = new ArrayList<>();
        for (Member m : r.members()) {
            boolean mentee = m.role() == MemberRole.MENTEE;
            if (who == Recipients.ALL || who == Recipients.MENTEE && mentee || who == Recipients.MENTORS && !mentee) {
                recipients.add(new Forms.Recipient(null, m.personId(), null, 0));
            }
        }
        Instant now = Instant.now();
        Forms.Sent sent = forms.send(new Forms.Form(null, p.id(), r.id(), t.tenant(), templateKey,
                t.template().version(), now, answerWithinDays > 0 ? now.plus(Duration.ofDays(answerWithinDays)) : null,
                reason), recipients, OPENED, f -> opened(f, recipients));
        Forms.Form f = sent.form();
        LOG.info("Feedback form {} ({}) sent to {} member(s) of relationship {}: {}", f.id(), templateKey,
                recipients.size(), r.id(), reason);
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(sent.event());
        }
        return f;
    }

    private static java.util.Map<String, Object> opened(Forms.Form f, List<Forms.Recipient> recipients) {
        java.util.Map<String, Object> props = new java.util.HashMap<>(java.util.Map.of("formId", f.id(),
                "relationshipId", f.relationshipId(), "programId", f.programId(), "templateKey", f.templateKey(),
                "recipients", recipients.stream().map(Forms.Recipient::personId).toList()));
        if (f.closesAt() != null) {
            props.put("closesAt", f.closesAt().toEpochMilli());
        }
        return props;
    }
}
