package org.tandem.lti.internal.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * One-time codes that open {@code /lti/register} to one platform: without one, anyone could register
 * a platform of their own with this server. Stored as SHA-256 digests; spent by one atomic update.
 */
@Component(service = RegistrationLinks.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class RegistrationLinks {
    public static final Duration LIFETIME = Duration.ofDays(7);
    private final LtiDatabase db;

    /** A new code and when it stops working. */
    public record Issued(String code, Instant expiresAt) {
    }

    @Activate
    public RegistrationLinks(@Reference LtiDatabase db) {
        this.db = db;
    }

    public Issued issue() {
        String code = Secrets.random();
        Instant now = Instant.now();
        Instant expires = now.plus(LIFETIME);
        db.inTransaction(c -> Sql.update(c, "INSERT INTO lti_registration_links (code_hash, created_at, expires_at)"
                + " VALUES (?, ?, ?)", Secrets.sha256(code), Timestamp.from(now), Timestamp.from(expires)));
        return new Issued(code, expires);
    }

    /** Whether the code was issued here, is unspent and unexpired. */
    public boolean usable(String code) {
        return code != null && code.length() <= 64 && db.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM"
                + " lti_registration_links WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?",
                Secrets.sha256(code), Sql.now())) == 1;
    }

    /** Spends the code for the platform it registered; false if another registration spent it first. */
    public boolean spend(String code, String platformId) {
        return db.inTransaction(c -> Sql.update(c, "UPDATE lti_registration_links SET used_at = ?, platform_id = ?"
                + " WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?", Sql.now(), platformId,
                Secrets.sha256(code), Sql.now())) == 1;
    }
}
