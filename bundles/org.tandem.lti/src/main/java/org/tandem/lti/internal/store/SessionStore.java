package org.tandem.lti.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.lti.internal.launch.ToolRole;
import org.tandem.model.Feature;
import org.tandem.storage.Sql;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * Launch sessions: one per launch, carried by a bearer token the launch page hands to the app (never a
 * cookie, so the app works in an LMS iframe that blocks third-party cookies). Only the token's digest
 * is stored, in the database, so every node accepts it.
 */
@Component(service = SessionStore.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class SessionStore {
    private static final String COLUMNS = "person_id, platform_id, tenant, tenant_admin, program_id, tool_roles,"
            + " deployment_id, deep_link_return_url, deep_link_data, expires_at";
    private final LtiDatabase db;

    /** What a launch established. {@code programId} is null for a launch outside a course. */
    public record Session(String personId, String platformId, String tenant, boolean tenantAdmin, String programId,
            Set<ToolRole> roles, String deploymentId, String deepLinkReturnUrl, String deepLinkData, Instant expiresAt) {
        public Session {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }
    }

    @Activate
    public SessionStore(@Reference LtiDatabase db) {
        this.db = db;
    }

    /** Stores the session; returns its token (shown once, to the launching browser). */
    public String create(Session s, Duration lifetime) {
        String token = Secrets.random();
        Instant now = Instant.now();
        db.inTransaction(c -> Sql.update(c, "INSERT INTO lti_sessions (token_hash, " + COLUMNS + ", created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Secrets.sha256(token), s.personId(), s.platformId(),
                s.tenant(), s.tenantAdmin(), s.programId(), roles(s.roles()), s.deploymentId(), s.deepLinkReturnUrl(),
                s.deepLinkData(), Timestamp.from(now.plus(lifetime)), Timestamp.from(now)));
        return token;
    }

    /** The live session of this token, if any. */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return db.inTransaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM lti_sessions WHERE token_hash = ?"
                + " AND expires_at > ?", SessionStore::map, Secrets.sha256(token), Sql.now()));
    }

    private static String roles(Set<ToolRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Session map(ResultSet rs) throws SQLException {
        String roles = rs.getString("tool_roles");
        Set<ToolRole> parsed = roles.isEmpty() ? Set.of() : Arrays.stream(roles.split(",")).map(ToolRole::valueOf)
                .collect(Collectors.toSet());
        return new Session(rs.getString("person_id"), rs.getString("platform_id"), rs.getString("tenant"),
                rs.getBoolean("tenant_admin"), rs.getString("program_id"), parsed, rs.getString("deployment_id"),
                rs.getString("deep_link_return_url"), rs.getString("deep_link_data"),
                rs.getTimestamp("expires_at").toInstant());
    }
}
