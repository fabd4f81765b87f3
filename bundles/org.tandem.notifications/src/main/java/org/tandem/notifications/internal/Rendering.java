package org.tandem.notifications.internal;

import static org.tandem.notifications.internal.Texts.TEXT;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mail bodies from two Mustache templates, one HTML (every value escaped by the template engine) and
 * one plain text; the sentences come from the message bundle in the recipient's language.
 */
public final class Rendering {
    private static final Template HTML = Mustache.compiler().escapeHTML(true).defaultValue("")
            .compile(resource("templates/mail.html.mustache"));
    private static final Template TEXT_MAIL = Mustache.compiler().escapeHTML(false).defaultValue("")
            .compile(resource("templates/mail.txt.mustache"));

    /** A rendered mail. */
    public record Rendered(String subject, String text, String html) {
    }

    /** An entry of a digest: its subject and sentence, already in the reader's language. */
    public record Entry(String subject, String body) {
    }

    /** Where the mail's links lead; each may be null. */
    public record Links(String openUrl, String openLabel, String preferencesUrl, String unsubscribeUrl,
            String unsubscribeCategory) {
    }

    private Rendering() {
    }

    public static Rendered mail(Locale language, String name, String subject, List<String> paragraphs,
            List<Entry> entries, Links links) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.getLanguage());
        model.put("subject", subject);
        model.put("greeting", TEXT.format(language, "mail.greeting", "name", name));
        model.put("paragraphs", paragraphs);
        model.put("entries", entries);
        model.put("footer", TEXT.format(language, "mail.footer"));
        model.put("openUrl", links.openUrl());
        model.put("openLabel", links.openLabel());
        model.put("preferencesUrl", links.preferencesUrl());
        model.put("preferencesLabel", TEXT.format(language, "mail.preferences"));
        model.put("unsubscribeUrl", links.unsubscribeUrl());
        if (links.unsubscribeCategory() != null) {
            model.put("unsubscribeLabel", TEXT.format(language, "mail.unsubscribe", "category",
                    TEXT.format(language, "category." + links.unsubscribeCategory())));
        }
        return new Rendered(subject, TEXT_MAIL.execute(model), HTML.execute(model));
    }

    private static String resource(String path) {
        try (InputStream in = Rendering.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
