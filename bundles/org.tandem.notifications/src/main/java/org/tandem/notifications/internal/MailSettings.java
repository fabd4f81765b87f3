package org.tandem.notifications.internal;

import java.util.Properties;
import jakarta.mail.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;

/**
 * The SMTP server as configured now ({@code conf/org.tandem.notifications.mail.cfg} or the
 * {@code TANDEM_SMTP_*} variables), re-read when the file changes. Without a host, no mail is queued.
 */
@Component(service = MailSettings.class, configurationPid = MailConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
@Designate(ocd = MailConfig.class)
public class MailSettings {
    private static final Logger LOG = LoggerFactory.getLogger(MailSettings.class);
    private volatile MailConfig config;
    private volatile Session session;

    @Activate
    public MailSettings(MailConfig config) {
        modified(config);
    }

    /** For tests and the benchmark: settings without OSGi. */
    public static MailSettings of(MailConfig config) {
        return new MailSettings(config);
    }

    @Modified
    void modified(MailConfig c) {
        config = c;
        session = configured(c) ? session(properties(c)) : null;
        if (session == null) {
            LOG.info("Mail is not configured (no SMTP host): notifications stay in the in-app inbox");
        } else {
            LOG.info("Mail goes through {}:{} ({}) from {}", c.host(), c.port(), c.security(), c.from());
        }
    }

    /** A session made with this bundle's class loader as the context (see {@link Sender#providedStreams}). */
    private static Session session(java.util.Properties properties) {
        Sender.providedStreams();
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(MailSettings.class.getClassLoader());
        try {
            return Session.getInstance(properties);
        } finally {
            t.setContextClassLoader(before);
        }
    }

    public boolean configured() {
        return session != null;
    }

    public MailConfig config() {
        return config;
    }

    /** The mail session, or null while mail is not configured. */
    public Session session() {
        return session;
    }

    private static boolean configured(MailConfig c) {
        return c.host() != null && !c.host().isBlank();
    }

    private static Properties properties(MailConfig c) {
        String p = "TLS".equalsIgnoreCase(c.security()) ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put("mail.transport.protocol", "TLS".equalsIgnoreCase(c.security()) ? "smtps" : "smtp");
        props.put(p + "host", c.host().trim());
        props.put(p + "port", String.valueOf(c.port()));
        props.put(p + "auth", String.valueOf(!c.user().isBlank()));
        props.put(p + "starttls.enable", String.valueOf("STARTTLS".equalsIgnoreCase(c.security())));
        props.put(p + "starttls.required", String.valueOf("STARTTLS".equalsIgnoreCase(c.security())));
        props.put(p + "ssl.checkserveridentity", "true");
        String ms = String.valueOf(Math.max(1, c.timeoutSeconds()) * 1000L);
        props.put(p + "connectiontimeout", ms);
        props.put(p + "timeout", ms);
        props.put(p + "writetimeout", ms);
        props.put("mail.from", c.from());
        return props;
    }
}
