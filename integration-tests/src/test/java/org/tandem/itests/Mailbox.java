package org.tandem.itests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/**
 * A real SMTP server in the test JVM (GreenMail) on a fixed port, so that the server under test can
 * be pointed at it by configuration and the SMTP server can be stopped and started again on the same
 * port. What it received is kept across restarts, as the raw message and parsed.
 */
final class Mailbox implements AutoCloseable {
    static {
        // the SMTP server parses each mail it stores; Jakarta Mail looks its stream provider up with a
        // ServiceLoader for every part it makes unless named (the same setting the server makes for itself:
        // without it, the harness took twice the CPU the server's dispatcher took to send the mail)
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    /** One message as the SMTP server received it. */
    record Mail(String to, String messageId, String subject, String raw, MimeMessage message) {
        String header(String name) {
            try {
                return message.getHeader(name, ",");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The text of each MIME part by its content type without parameters (text/plain, text/calendar, …). */
        Map<String, String> parts() {
            List<Part> leaves = new ArrayList<>();
            leaves(message, leaves);
            return leaves.stream().collect(Collectors.toMap(Mail::type, Mail::text, (a, b) -> a,
                    java.util.LinkedHashMap::new));
        }

        /** The iCalendar invitation in the mail, parsed by ical4j (so it must be valid iCalendar). */
        Calendar calendar() {
            String ics = parts().get("text/calendar");
            if (ics == null) {
                throw new AssertionError("No text/calendar part in:\n" + raw);
            }
            try {
                return new CalendarBuilder().build(new StringReader(ics));
            } catch (IOException | ParserException e) {
                throw new AssertionError("Not valid iCalendar (" + e.getMessage() + "):\n" + ics, e);
            }
        }

        private static void leaves(Part p, List<Part> out) {
            try {
                if (p.getContent() instanceof Multipart mp) {
                    for (int i = 0; i < mp.getCount(); i++) {
                        BodyPart child = mp.getBodyPart(i);
                        leaves(child, out);
                    }
                } else {
                    out.add(p);
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String type(Part p) {
            try {
                return p.getContentType().split(";")[0].trim().toLowerCase();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String text(Part p) {
            try {
                Object content = p.getContent();
                return content instanceof String s ? s
                        : new String(((java.io.InputStream) content).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    final int port;
    private final List<Mail> earlier = new ArrayList<>();
    private GreenMail server;

    Mailbox() {
        this.port = ServerOptions.freePort();
        start();
    }

    synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops answering (connections are refused) and keeps what arrived so far. */
    synchronized void stop() {
        earlier.addAll(current());
        server.stop();
        server = null;
    }

    synchronized List<Mail> all() {
        List<Mail> out = new ArrayList<>(earlier);
        out.addAll(current());
        return out;
    }

    /** How many mails arrived, without reading them: a benchmark polls this while it measures. */
    synchronized int count() {
        return earlier.size() + (server == null ? 0 : server.getReceivedMessages().length);
    }

    List<Mail> to(String address) {
        return all().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits for a mail to {@code address} that matches, and returns it. */
    Mail await(String address, String what, Predicate<Mail> matches) throws InterruptedException {
        try {
            Waits.until(what + " reaches " + address, 60, () -> to(address).stream().anyMatch(matches));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it received: " + to(address).stream()
                    .map(m -> m.subject() + " " + m.parts().keySet()).toList(), e);
        }
        return to(address).stream().filter(matches).findFirst().orElseThrow();
    }

    private List<Mail> current() {
        if (server == null) {
            return List.of();
        }
        List<Mail> out = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                String to = m.getAllRecipients()[0].toString();
                out.add(new Mail(to, m.getMessageID(), m.getSubject(), GreenMailUtil.getWholeMessage(m), m));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
    }
}
