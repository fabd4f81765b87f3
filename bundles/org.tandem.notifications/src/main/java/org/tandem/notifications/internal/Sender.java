package org.tandem.notifications.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.StreamProvider;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.tandem.notifications.internal.store.Outbox;

/**
 * Turns an outbox row into a MIME message and hands it to the SMTP server over one open connection.
 * A message is plain text and HTML as alternatives; a meeting's adds its iCalendar object as a third
 * alternative (what Outlook and Gmail show as an invitation) and as an {@code invite.ics} attachment.
 */
final class Sender implements AutoCloseable {
    /** Why a mail was not sent: {@code permanent} when sending it again cannot help. */
    static final class Refused extends Exception {
        final boolean permanent;

        Refused(String reason, boolean permanent, Throwable cause) {
            super(reason, cause);
            this.permanent = permanent;
        }
    }

    static {
        providedStreams();
    }

    private final Session session;
    private final MailConfig config;
    private final String host;
    private Transport transport;

    Sender(Session session, MailConfig config, String host) {
        this.session = session;
        this.config = config;
        this.host = host;
    }

    void send(Outbox.Mail m) throws Refused {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Sender.class.getClassLoader());
        try {
            MimeMessage message = message(m);
            connect();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SMTPAddressFailedException e) {
            throw new Refused(e.getMessage().strip(), e.getReturnCode() >= 500, e);
        } catch (SMTPSendFailedException e) {
            throw new Refused(e.getMessage().strip(), e.getReturnCode() >= 500 && e.getReturnCode() != 552, e);
        } catch (SendFailedException e) {
            boolean refusedAddress = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new Refused(reason(e), refusedAddress && e.getNextException() instanceof SMTPAddressFailedException f
                    && f.getReturnCode() >= 500, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            close();
            throw new Refused(reason(e), false, e);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    /** Opens the connection now, so that a server that is down is known before any mail is claimed. */
    void open() throws Refused {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Sender.class.getClassLoader());
        try {
            connect();
        } catch (MessagingException e) {
            close();
            throw new Refused(reason(e), false, e);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    private void connect() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            transport = session.getTransport();
            if (config.user().isBlank()) {
                transport.connect();
            } else {
                transport.connect(config.host().trim(), config.port(), config.user(), config.password());
            }
        }
    }

    private MimeMessage message(Outbox.Mail m) throws MessagingException, UnsupportedEncodingException {
        String id = m.id();
        MimeMessage msg = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + id + "@" + host + ">");
            }
        };
        InternetAddress[] from = InternetAddress.parse(config.from(), false);
        msg.setFrom(from.length > 0 ? from[0] : new InternetAddress("tandem@" + host));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.address(), true));
        msg.setSubject(m.subject(), "UTF-8");
        msg.setSentDate(new Date());
        msg.setHeader("Auto-Submitted", "auto-generated");
        if (m.unsubscribeUrl() != null) {
            msg.setHeader("List-Unsubscribe", "<" + m.unsubscribeUrl() + ">");
            msg.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text(m.text(), "plain"));
        alternatives.addBodyPart(text(m.html(), "html"));
        if (m.calendar() == null) {
            msg.setContent(alternatives);
        } else {
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(m.calendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + m.calendarMethod())));
            calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + m.calendarMethod());
            alternatives.addBodyPart(calendar);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            MimeBodyPart ics = new MimeBodyPart();
            ics.setDataHandler(new DataHandler(new ByteArrayDataSource(m.calendar().getBytes(StandardCharsets.UTF_8),
                    "application/ics")));
            ics.setFileName("invite.ics");
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(ics);
            msg.setContent(mixed);
        }
        msg.saveChanges();
        return msg;
    }

    private static MimeBodyPart text(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        return part;
    }

    /**
     * Names Angus Mail's stream provider to Jakarta Mail. Without the name, Jakarta Mail looks it up with
     * a {@link java.util.ServiceLoader} for every body part it makes and writes (about ten per mail, 17% of
     * the dispatcher's CPU); with it, the lookup is a class by name from the context class loader, which
     * every use of Jakarta Mail here sets to this bundle's ({@link #send}, {@link #open},
     * {@link MailSettings}). Jakarta Mail lives only inside this bundle, so no one else reads the property.
     */
    static void providedStreams() {
        System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }

    private static String reason(Exception e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()).strip());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            b.append(": ").append(t.getMessage());
        }
        return b.toString();
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
            transport = null;
        }
    }
}
