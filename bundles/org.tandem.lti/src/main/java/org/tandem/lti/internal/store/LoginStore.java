package org.tandem.lti.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * The logins that started a launch: each state with the nonce issued for it, in the database so that
 * the launch may reach another node and a nonce stays spent across restarts. A login is spent by one
 * successful launch only (an atomic update), which makes both state and nonce single-use.
 */
@Component(service = LoginStore.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class LoginStore {
    /** How long a login waits for its launch. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** Kept longer than any id_token lives, so that a replay is recognised as one. */
    static final Duration KEPT = Duration.ofHours(2);
    private final LtiDatabase db;

    /**
     * @param relaunchQuery the login's parameters, to start it again in a new window
     * @param storageTarget the platform storage frame, when the platform offered one
     */
    public record Login(String state, String nonce, String platformId, String deploymentHint, String relaunchQuery,
            String storageTarget, Instant createdAt, boolean used) {
        public boolean expired(Instant now) {
            return createdAt.plus(LIFETIME).isBefore(now);
        }
    }

    @Activate
    public LoginStore(@Reference LtiDatabase db) {
        this.db = db;
    }

    public Login begin(String platformId, String deploymentHint, String relaunchQuery, String storageTarget) {
        Login login = new Login(Secrets.random(), Secrets.random(), platformId, deploymentHint, relaunchQuery,
                storageTarget, Instant.now(), false);
        db.inTransaction(c -> Sql.update(c, "INSERT INTO lti_logins (state, nonce, platform_id, deployment_hint,"
                + " relaunch_query, storage_target, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", login.state(),
                login.nonce(), platformId, deploymentHint, relaunchQuery, storageTarget,
                Timestamp.from(login.createdAt())));
        return login;
    }

    public Optional<Login> find(String state) {
        if (state == null || state.length() > 64) {
            return Optional.empty();
        }
        return db.inTransaction(c -> Sql.one(c, "SELECT state, nonce, platform_id, deployment_hint, relaunch_query,"
                + " storage_target, created_at, used_at FROM lti_logins WHERE state = ?", LoginStore::map, state));
    }

    /** Spends the login of this nonce; false if it was spent before (a replay) or never issued. */
    public boolean spend(String nonce) {
        return db.inTransaction(c -> Sql.update(c, "UPDATE lti_logins SET used_at = ? WHERE nonce = ? AND used_at IS NULL",
                Sql.now(), nonce)) == 1;
    }

    private static Login map(ResultSet rs) throws SQLException {
        return new Login(rs.getString("state"), rs.getString("nonce"), rs.getString("platform_id"),
                rs.getString("deployment_hint"), rs.getString("relaunch_query"), rs.getString("storage_target"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("used_at") != null);
    }
}
