package org.tandem.lti.internal.store;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.lti.internal.LtiSettings;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;
import org.tandem.storage.StorageException;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * The tool's own RSA keys (2048 bits), stored in the database so that every node signs with the same
 * key and a restart keeps it. A rotation adds a new signing key and retires the old one, which stays
 * published for the configured overlap because platforms cache tool keys. Read through a one-minute
 * cache, so a rotation on one node reaches the others within a minute.
 */
@Component(service = ToolKeys.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class ToolKeys {
    private static final Logger LOG = LoggerFactory.getLogger(ToolKeys.class);
    private static final Duration CACHE = Duration.ofMinutes(1);
    private final LtiDatabase db;
    private final LtiSettings settings;
    private volatile Snapshot snapshot;

    private record Stored(RSAKey key, Instant retiredAt) {
    }

    private record Snapshot(RSAKey signing, JWKSet published, Instant readAt) {
    }

    /** The first key, made once at the first start: off the start's path (an RSA key takes up to a second). */
    private final java.util.concurrent.CompletableFuture<?> first;

    @Activate
    public ToolKeys(@Reference LtiDatabase db, @Reference LtiSettings settings) {
        this.db = db;
        this.settings = settings;
        if (read().signing() == null) {
            first = java.util.concurrent.CompletableFuture.runAsync(this::addLogged, r -> {
                Thread t = new Thread(r, "tandem-lti-first-key");
                t.setDaemon(true);
                t.start();
            });
        } else {
            first = java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    /** The key new signatures use. */
    public RSAKey signingKey() {
        return current().signing();
    }

    /** The public keys platforms may verify with: the signing key and retired ones still in their overlap. */
    public JWKSet publicKeys() {
        return current().published();
    }

    /** Adds a new signing key and retires the others; returns the new key id. */
    public String rotate() {
        String kid = add();
        db.inTransaction(c -> Sql.update(c, "UPDATE lti_tool_keys SET retired_at = ? WHERE kid <> ? AND retired_at IS NULL",
                Sql.now(), kid));
        snapshot = null;
        LOG.info("Tool key rotated: signing with {}, the previous key stays published for {} hours", kid, settings.keyOverlap().toHours());
        return kid;
    }

    private Snapshot current() {
        first.join(); // at once, but in the first second after the first start
        Snapshot s = snapshot;
        if (s == null || s.readAt().plus(CACHE).isBefore(Instant.now())) {
            s = read();
            if (s.signing() == null) {
                s = made(); // the first key could not be made then (the database was away): now
            }
            snapshot = s;
        }
        return s;
    }

    private synchronized Snapshot made() {
        Snapshot s = read();
        if (s.signing() == null) {
            add();
            s = read();
        }
        return s;
    }

    private void addLogged() {
        try {
            add();
        } catch (RuntimeException e) {
            LOG.error("Could not make the tool's first signing key: {}; it is made at its first use instead",
                    e.getMessage(), e);
        }
    }

    private Snapshot read() {
        List<Stored> keys = db.inTransaction(c -> Sql.query(c, "SELECT private_jwk, retired_at FROM lti_tool_keys"
                + " ORDER BY created_at DESC, kid", rs -> {
                    Timestamp retired = rs.getTimestamp("retired_at");
                    return new Stored(parse(rs.getString("private_jwk")), retired == null ? null : retired.toInstant());
                }));
        Instant cutoff = Instant.now().minus(settings.keyOverlap());
        RSAKey signing = keys.stream().filter(k -> k.retiredAt() == null).map(Stored::key).findFirst().orElse(null);
        List<com.nimbusds.jose.jwk.JWK> published = keys.stream()
                .filter(k -> k.retiredAt() == null || k.retiredAt().isAfter(cutoff))
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.key().toPublicJWK()).toList();
        return new Snapshot(signing, new JWKSet(published), Instant.now());
    }

    private String add() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
            db.inTransaction(c -> Sql.update(c, "INSERT INTO lti_tool_keys (kid, private_jwk, created_at) VALUES (?, ?, ?)",
                    key.getKeyID(), key.toJSONString(), Sql.now()));
            snapshot = null;
            LOG.info("New tool signing key {}", key.getKeyID());
            return key.getKeyID();
        } catch (JOSEException e) {
            throw new StorageException("Cannot generate an RSA key: " + e.getMessage(), e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new StorageException("A stored tool key is not a JWK: " + e.getMessage(), e);
        }
    }
}
