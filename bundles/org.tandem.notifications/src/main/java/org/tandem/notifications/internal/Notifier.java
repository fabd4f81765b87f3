package org.tandem.notifications.internal;

import static org.tandem.notifications.internal.Texts.TEXT;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.features.api.ActiveFeature;
import org.tandem.model.Feature;
import org.tandem.model.Person;
import org.tandem.notifications.internal.store.Items;
import org.tandem.notifications.internal.store.Outbox;
import org.tandem.notifications.internal.store.People;
import org.tandem.rest.api.Languages;

/**
 * Tells people: for each notice, in the caller's transaction, an inbox entry (once per person and
 * cause) and, when the person wants mail now and mail is configured, the rendered mail in the outbox
 * for the dispatcher. A digest preference leaves the entry waiting for the next summary.
 */
@Component(service = Notifier.class, configurationPid = NotificationsConfig.PID,
        property = Feature.PROPERTY + "=notifications",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = NotificationsFeature.ON))
@Designate(ocd = NotificationsConfig.class)
public class Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private final MailSettings mail;
    private volatile NotificationsConfig config;

    @Activate
    public Notifier(@Reference MailSettings mail, NotificationsConfig config) {
        this.mail = mail;
        this.config = config;
    }

    @Modified
    void modified(NotificationsConfig c) {
        config = c;
    }

    /** Tells one person; false if they were told of this cause before or do not want to hear of it. */
    public boolean tell(Connection c, Notice n, Person p) throws SQLException {
        if (org.tandem.storage.PersonalData.Erase.ERASED_ISSUER.equals(p.issuer())) {
            return false; // erased: an event from before the erasure tells no one
        }
        Mode mode = People.preferences(c, p.id()).get(n.category());
        if (!mode.inbox()) {
            return false;
        }
        String id = Items.add(c, p.id(), n.category(), n.cause(), n.key(), Words.json(n.args()), n.link(),
                mode.digest() && mail.configured() ? mode.name() : null);
        if (id == null) {
            return false;
        }
        if (mode.mailNow() && mail.configured() && p.email() != null && !p.email().isBlank()) {
            queue(c, n, p);
        }
        return true;
    }

    private void queue(Connection c, Notice n, Person p) throws SQLException {
        Locale language = language(p);
        String subject = Words.subject(language, n.key(), n.args());
        String token = People.mailToken(c, p.id());
        Rendering.Rendered r = Rendering.mail(language, p.displayName(), subject,
                List.of(Words.body(language, n.key(), n.args())), List.of(), links(c, language, p, token, n.category()));
        String calendar = n.invite() == null ? null : Invitations.invitation(n.invite(), host());
        String method = n.invite() == null ? null : n.invite().cancelled() ? "CANCEL" : "REQUEST";
        Outbox.add(c, new Outbox.Mail(p.id(), p.email().trim(), n.category().name(), subject, r.text(), r.html(),
                calendar, method, unsubscribeUrl(token, n.category())), refusal(c, language, p.email().trim()));
    }

    /** Queues a mail that is not a notice (a digest, a test mail). */
    public void queue(Connection c, Person p, Category category, String subject, Rendering.Rendered r)
            throws SQLException {
        String token = People.mailToken(c, p.id());
        Outbox.add(c, new Outbox.Mail(p.id(), p.email().trim(), category.name(), subject, r.text(), r.html(), null,
                null, unsubscribeUrl(token, category)), refusal(c, language(p), p.email().trim()));
    }

    public Rendering.Links links(Connection c, Locale language, Person p, String token, Category category) {
        Optional<String> platform = platform(p);
        return new Rendering.Links(platform.orElse(base() + "/"), platform.map(u -> TEXT.format(language, "mail.open",
                "platform", URI.create(u).getHost())).orElse(TEXT.format(language, "mail.open-tandem")),
                preferencesUrl(token), category == null ? null : unsubscribeUrl(token, category),
                category == null ? null : category.name());
    }

    /** Why mail to this address cannot be sent (null if it can): not an address, or refused for good before. */
    String refusal(Connection c, Locale language, String address) throws SQLException {
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            LOG.warn("Not sending mail to {}: not a valid address ({})", address, e.getMessage());
            return TEXT.format(language, "address.invalid", "address", address, "reason", e.getMessage());
        }
        return Outbox.refusal(c, address).orElse(null);
    }

    public String preferencesUrl(String token) {
        return base() + "/api/notifications/mail/" + token;
    }

    public String unsubscribeUrl(String token, Category category) {
        return preferencesUrl(token) + "/unsubscribe?category="
                + URLEncoder.encode(category.name(), StandardCharsets.UTF_8);
    }

    public String base() {
        String b = config.baseUrl().trim();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** The host name that makes UIDs and Message-IDs unique to this installation. */
    public String host() {
        String h = URI.create(base()).getHost();
        return h == null ? "tandem.invalid" : h;
    }

    public NotificationsConfig config() {
        return config;
    }

    public MailSettings mail() {
        return mail;
    }

    public static Locale language(Person p) {
        return Languages.of(p.locale() == null || p.locale().isBlank() ? Languages.DEFAULT
                : Locale.forLanguageTag(p.locale().replace('_', '-')));
    }

    /** The learning platform a person launches from (their issuer), where Tandem opens in its course. */
    private static Optional<String> platform(Person p) {
        String issuer = p.issuer();
        return issuer != null && (issuer.startsWith("https://") || issuer.startsWith("http://"))
                && URI.create(issuer).getHost() != null ? Optional.of(issuer) : Optional.empty();
    }
}
