package org.tandem.model;

/**
 * A participant, known by the platform that launched them: (issuer, subject) is unique.
 * People added by hand use the tool's own issuer. The picture is the platform's URL of the person's
 * avatar (LTI {@code picture} claim), shown as it is and never fetched by the server.
 */
public record Person(String id, long version, String issuer, String subject, String displayName,
        String email, String locale, String pictureUrl) {

    /** A person without a picture (the platform sent none, or it was added by hand). */
    public Person(String id, long version, String issuer, String subject, String displayName, String email,
            String locale) {
        this(id, version, issuer, subject, displayName, email, locale, null);
    }

    /** A copy with the identity the store assigned. */
    public Person withIdentity(String newId, long newVersion) {
        return new Person(newId, newVersion, issuer, subject, displayName, email, locale, pictureUrl);
    }
}
