package org.tandem.notifications.internal;

import static org.tandem.notifications.internal.Texts.TEXT;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.rest.api.HealthCheck;

/** The mail server in {@code /api/health}: not configured, taking mail, or failing (and why). */
@Component(property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
public class MailHealth implements HealthCheck {
    private final Notifier notifier;
    private final Dispatcher dispatcher;

    @Activate
    public MailHealth(@Reference Notifier notifier, @Reference Dispatcher dispatcher) {
        this.notifier = notifier;
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public Check check() {
        MailSettings mail = notifier.mail();
        if (!mail.configured()) {
            return new Check(Status.NOT_CONFIGURED, TEXT.format("mail.not-configured"));
        }
        String server = mail.config().host() + ":" + mail.config().port();
        return dispatcher.failing().map(why -> new Check(Status.DOWN, TEXT.format("mail.failing", "server", server,
                "reason", why))).orElseGet(() -> new Check(Status.UP, TEXT.format("mail.up", "server", server)));
    }
}
