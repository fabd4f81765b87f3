package org.tandem.rest.internal.resources;

import org.tandem.model.Person;

/**
 * A person as JSON. People arrive from an LMS with its issuer; people added by hand may leave the
 * issuer out and get {@value #LOCAL_ISSUER}.
 */
public class PersonDto {
    public static final String LOCAL_ISSUER = "urn:tandem:local";
    public String id;
    public Long version;
    public String issuer;
    public String subject;
    public String displayName;
    public String email;
    public String locale;
    /** The platform's URL of the person's picture, if it sent one. */
    public String pictureUrl;

    static PersonDto of(Person p) {
        PersonDto d = new PersonDto();
        d.id = p.id();
        d.version = p.version();
        d.issuer = p.issuer();
        d.subject = p.subject();
        d.displayName = p.displayName();
        d.email = p.email();
        d.locale = p.locale();
        d.pictureUrl = p.pictureUrl();
        return d;
    }

    Person toModel(Crud.IdVersion key) {
        return new Person(key.id(), key.version(), issuer == null ? LOCAL_ISSUER : issuer, subject, displayName,
                email, locale, pictureUrl);
    }

    Crud.Dto keys() {
        return new Keys(id, version);
    }
}
