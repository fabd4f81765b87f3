package org.tandem.model;

/**
 * A participant, known by the platform that launched them: (issuer, subject) is unique.
 * People added by hand use the tool's own issuer.
 */
public record Person(String id, long version, String issuer, String subject, String displayName,
        String email, String locale) {

    /** A copy with the identity the store assigned. */
    public Person withIdentity(String newId, long newVersion) {
        return new Person(newId, newVersion, issuer, subject, displayName, email, locale);
    }
}
