package org.tandem.web.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The app's strings: one resource bundle per feature ({@code web/i18n/<feature>.properties}, English,
 * and {@code <feature>_de.properties}), merged for the features that run. A language we do not have
 * falls back to English key by key, so a missing translation shows English, never a key.
 */
final class Messages {
    static final List<String> LANGUAGES = List.of("en", "de");
    private final ClassLoader loader;

    Messages(ClassLoader loader) {
        this.loader = loader;
    }

    /** The supported language closest to a launch's locale ({@code de-AT} → {@code de}); English otherwise. */
    static String language(String localeTag) {
        if (localeTag == null || localeTag.isBlank()) {
            return "en";
        }
        String lang = Locale.forLanguageTag(localeTag.replace('_', '-')).getLanguage();
        return LANGUAGES.contains(lang) ? lang : "en";
    }

    Map<String, String> of(String language, Collection<String> features) {
        Map<String, String> out = new TreeMap<>();
        for (String feature : features) {
            put(out, feature, Locale.ROOT);
            if (!"en".equals(language)) {
                put(out, feature, Locale.forLanguageTag(language));
            }
        }
        return out;
    }

    private void put(Map<String, String> out, String feature, Locale locale) {
        try {
            ResourceBundle b = ResourceBundle.getBundle("web.i18n." + feature, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (b.getLocale().equals(locale)) {
                b.keySet().forEach(k -> out.put(k, b.getString(k)));
            }
        } catch (MissingResourceException none) {
            // a feature without strings of its own (lti, lti-advantage): nothing to add
        }
    }
}
