package org.tandem.rest.internal.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.model.Feature;
import org.tandem.rest.api.AdminGate;
import org.tandem.storage.Database;
import org.tandem.storage.Sql;
import org.tandem.storage.StorageException;

/**
 * The admin token: from configuration, or generated at first start and printed once. Only its SHA-256
 * is stored (in the database, so every node behind a load balancer accepts the same token). A random
 * 256-bit token needs no slow hash: there is nothing to guess from its digest.
 */
@Component(configurationPid = AdminTokenConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = Feature.PROPERTY + "=core")
@Designate(ocd = AdminTokenConfig.class)
public class AdminTokenComponent implements AdminGate {
    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenComponent.class);
    static final int MIN_LENGTH = 24;
    private static final String NAME = "admin";
    private final Database db;
    private volatile String hash;

    @Activate
    public AdminTokenComponent(@Reference Database db, AdminTokenConfig config) {
        this.db = db;
        db.migrate("org.tandem.rest", AdminTokenComponent.class.getClassLoader(),
                List.of("org/tandem/rest/internal/migrations/V1__admin_token.sql"));
        apply(config);
    }

    /** A changed token takes effect without re-registering the service (and every resource using it). */
    @Modified
    void apply(AdminTokenConfig config) {
        String configured = config.token().trim();
        if (!configured.isEmpty()) {
            useConfigured(configured);
        } else {
            hash = stored().orElseGet(this::generate);
        }
    }

    @Override
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] offered = sha256(authorization.substring(7).trim()).getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(offered, hash.getBytes(StandardCharsets.US_ASCII))) {
            return true;
        }
        // another node may have been configured with a new token since we read ours: look at most every few
        // seconds (every launch session's request that is not the admin's comes here)
        long now = System.currentTimeMillis();
        if (now - storedReadAt < RECHECK_MILLIS) {
            return false;
        }
        storedReadAt = now;
        String current = stored().orElse(hash);
        hash = current;
        return MessageDigest.isEqual(offered, current.getBytes(StandardCharsets.US_ASCII));
    }

    /** How long a wrong token is answered from memory before the stored hash is read again. */
    private static final long RECHECK_MILLIS = 5_000;
    private volatile long storedReadAt;

    private void useConfigured(String token) {
        if (token.length() < MIN_LENGTH) {
            LOG.error("The admin token in {}.cfg (TANDEM_ADMIN_TOKEN) is shorter than {} characters: the admin API"
                    + " stays closed until a longer one is set", AdminTokenConfig.PID, MIN_LENGTH);
            hash = "refused";
            return;
        }
        hash = sha256(token);
        db.inTransaction(c -> Sql.update(c, "DELETE FROM tandem_admin_tokens WHERE name = ?", NAME)
                + Sql.update(c, "INSERT INTO tandem_admin_tokens (name, token_hash, created_at) VALUES (?, ?, ?)",
                        NAME, hash, Sql.now()));
        LOG.info("Admin token: the configured one");
    }

    private Optional<String> stored() {
        return db.inTransaction(c -> Sql.one(c, "SELECT token_hash FROM tandem_admin_tokens WHERE name = ?",
                rs -> rs.getString(1), NAME));
    }

    /** Another node starting at the same moment may win the insert: then its token is the one. */
    private String generate() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String digest = sha256(token);
        try {
            db.inTransaction(c -> Sql.update(c, "INSERT INTO tandem_admin_tokens (name, token_hash, created_at)"
                    + " VALUES (?, ?, ?)", NAME, digest, Sql.now()));
        } catch (StorageException e) {
            return stored().orElseThrow(() -> e);
        }
        System.out.println("Tandem admin token (shown once; only its hash is kept): " + token);
        LOG.warn("Generated the admin token and printed it on the console once. Keep it: it registers platforms."
                + " Set TANDEM_ADMIN_TOKEN to choose your own.");
        return digest;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
