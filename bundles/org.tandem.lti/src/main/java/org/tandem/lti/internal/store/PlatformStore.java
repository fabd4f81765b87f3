package org.tandem.lti.internal.store;

import static org.tandem.lti.internal.Texts.TEXT;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.lti.internal.launch.Registration;
import org.tandem.model.Checks;
import org.tandem.model.ConflictException;
import org.tandem.model.Feature;
import org.tandem.model.NotFoundException;
import org.tandem.model.StaleVersionException;
import org.tandem.storage.Sql;
import org.tandem.features.api.ActiveFeature;
import org.tandem.lti.internal.LtiFeature;

/**
 * The platform registry: registrations keyed by (issuer, client id), deployments beneath. Every read
 * goes to the database, so a platform registered on one node launches on all of them.
 */
@Component(service = PlatformStore.class, property = Feature.PROPERTY + "=lti",
        reference = @Reference(name = ActiveFeature.REFERENCE, service = ActiveFeature.class,
                target = LtiFeature.LAUNCH))
public class PlatformStore {
    private static final Comparator<Registration> BY_NAME = Comparator.comparing(Registration::name)
            .thenComparing(Registration::id);
    private static final String COLUMNS = "id, version, name, issuer, client_id, tenant, auth_login_url, token_url,"
            + " jwks_url";
    /** A launch is recorded at most this often per platform: a busy course costs no write per launch. */
    static final Duration LAUNCH_RESOLUTION = Duration.ofMinutes(1);
    private final LtiDatabase db;
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    @Activate
    public PlatformStore(@Reference LtiDatabase db) {
        this.db = db;
    }

    public List<Registration> list() {
        return db.inTransaction(c -> select(c, "", List.of()));
    }

    /** Each platform's last successful launch, to the minute; a platform never launched is absent. */
    public Map<String, Instant> lastLaunches() {
        Map<String, Instant> out = new HashMap<>();
        db.inTransaction(c -> Sql.query(c, "SELECT id, last_launch_at FROM lti_platforms WHERE last_launch_at IS NOT NULL",
                rs -> out.put(rs.getString(1), rs.getTimestamp(2).toInstant())));
        return out;
    }

    /** Notes a successful launch, unless this node (or another) noted one less than a minute ago. */
    public void launched(String platformId, Instant at) {
        Instant last = recorded.get(platformId);
        if (last != null && last.isAfter(at.minus(LAUNCH_RESOLUTION))) {
            return;
        }
        recorded.put(platformId, at);
        db.inTransaction(c -> Sql.update(c, "UPDATE lti_platforms SET last_launch_at = ? WHERE id = ? AND"
                + " (last_launch_at IS NULL OR last_launch_at < ?)", Timestamp.from(at), platformId,
                Timestamp.from(at.minus(LAUNCH_RESOLUTION))));
    }

    public Optional<Registration> find(String id) {
        return db.inTransaction(c -> select(c, "WHERE p.id = ?", List.of(id)).stream().findFirst());
    }

    public List<Registration> byIssuer(String issuer) {
        return db.inTransaction(c -> select(c, "WHERE p.issuer = ?", List.of(issuer)));
    }

    /** Stores a new registration; its tenant defaults to the issuer's host and the client id. */
    public Registration create(Registration draft) {
        Registration r = withTenant(check(draft)).withIdentity(UUID.randomUUID().toString(), 1);
        return db.inTransaction(c -> {
            rejectDuplicate(c, r);
            Sql.update(c, "INSERT INTO lti_platforms (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id(), 1L, r.name(), r.issuer(), r.clientId(), r.tenant(), r.authLoginUrl(), r.tokenUrl(),
                    r.jwksUrl(), Sql.now());
            insertDeployments(c, r);
            return r;
        });
    }

    /** Replaces a registration at the version the caller read; the tenant never changes. */
    public Registration update(Registration changed) {
        check(changed);
        return db.inTransaction(c -> {
            Registration old = select(c, "WHERE p.id = ?", List.of(changed.id())).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("platform", changed.id()));
            if (old.version() != changed.version()) {
                throw new StaleVersionException("platform", changed.id(), changed.version(), old.version());
            }
            if (!old.issuer().equals(changed.issuer()) || !old.clientId().equals(changed.clientId())) {
                rejectDuplicate(c, changed);
            }
            Registration r = new Registration(old.id(), old.version() + 1, changed.name(), changed.issuer(),
                    changed.clientId(), changed.deploymentIds(), old.tenant(), changed.authLoginUrl(),
                    changed.tokenUrl(), changed.jwksUrl());
            Sql.update(c, "UPDATE lti_platforms SET version = ?, name = ?, issuer = ?, client_id = ?, auth_login_url = ?,"
                    + " token_url = ?, jwks_url = ? WHERE id = ?", r.version(), r.name(), r.issuer(), r.clientId(),
                    r.authLoginUrl(), r.tokenUrl(), r.jwksUrl(), r.id());
            Sql.update(c, "DELETE FROM lti_deployments WHERE platform_id = ?", r.id());
            insertDeployments(c, r);
            return r;
        });
    }

    /** Adds a deployment to a registration (a platform admin installed the tool in another place). */
    public void addDeployment(String platformId, String deploymentId) {
        db.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM lti_deployments WHERE platform_id = ? AND"
                + " deployment_id = ?", platformId, deploymentId) > 0 ? 0
                : Sql.update(c, "INSERT INTO lti_deployments (platform_id, deployment_id) VALUES (?, ?)",
                        platformId, deploymentId));
    }

    public void delete(String id, long version) {
        db.inTransaction(c -> {
            long current = Sql.one(c, "SELECT version FROM lti_platforms WHERE id = ?", rs -> rs.getLong(1), id)
                    .orElseThrow(() -> new NotFoundException("platform", id));
            if (current != version) {
                throw new StaleVersionException("platform", id, version, current);
            }
            return Sql.update(c, "DELETE FROM lti_platforms WHERE id = ?", id);
        });
    }

    static Registration check(Registration r) {
        Checks checks = new Checks().text("name", r.name(), 200, true).text("issuer", r.issuer(), 255, true)
                .text("clientId", r.clientId(), 255, true).text("tenant", r.tenant(), 255, false);
        url(checks, "issuer", r.issuer(), true);
        url(checks, "authLoginUrl", r.authLoginUrl(), true);
        url(checks, "jwksUrl", r.jwksUrl(), true);
        url(checks, "tokenUrl", r.tokenUrl(), false);
        if (r.deploymentIds().isEmpty()) {
            checks.fail("deploymentIds", TEXT.format("admin.deployment-required"));
        }
        for (String d : r.deploymentIds()) {
            if (d.isBlank() || d.length() > 255) {
                checks.fail("deploymentIds", TEXT.format("admin.deployment-length"));
            }
        }
        checks.orThrow();
        return r;
    }

    private static void url(Checks checks, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                checks.rule(field, "required", "is required");
            }
            return;
        }
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                checks.fail(field, TEXT.format("admin.url"));
            }
        } catch (Exception e) {
            checks.fail(field, TEXT.format("admin.url"));
        }
        if (value.length() > 2000) {
            checks.fail(field, TEXT.format("admin.url-length"));
        }
    }

    private static Registration withTenant(Registration r) {
        if (r.tenant() != null && !r.tenant().isBlank()) {
            return r;
        }
        String tenant = URI.create(r.issuer()).getHost() + "#" + r.clientId();
        return new Registration(r.id(), r.version(), r.name(), r.issuer(), r.clientId(), r.deploymentIds(),
                tenant.length() > 255 ? tenant.substring(0, 255) : tenant, r.authLoginUrl(), r.tokenUrl(), r.jwksUrl());
    }

    private static void rejectDuplicate(Connection c, Registration r) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM lti_platforms WHERE issuer = ? AND client_id = ?", r.issuer(),
                r.clientId()) > 0) {
            throw new ConflictException(TEXT.format("admin.platform-exists", "issuer", r.issuer(), "client", r.clientId()));
        }
    }

    private static void insertDeployments(Connection c, Registration r) throws SQLException {
        for (String d : new TreeSet<>(r.deploymentIds())) {
            Sql.update(c, "INSERT INTO lti_deployments (platform_id, deployment_id) VALUES (?, ?)", r.id(), d);
        }
    }

    /**
     * The platforms {@code where} selects, each with its deployments, in one query (a launch reads its
     * platform twice, at login and at launch: a query per platform for its deployments doubled that),
     * by name. Sorted here, not by the database: Derby sets up a sort for every execution of an
     * {@code ORDER BY} it cannot read from an index, and that was most of a launch's platform lookup.
     */
    private static List<Registration> select(Connection c, String where, List<Object> args) throws SQLException {
        List<Row> rows = Sql.query(c, "SELECT p." + COLUMNS.replace(", ", ", p.") + ", d.deployment_id"
                + " FROM lti_platforms p LEFT JOIN lti_deployments d ON d.platform_id = p.id " + where,
                rs -> new Row(map(rs), rs.getString("deployment_id")), args.toArray());
        Map<String, Registration> found = new LinkedHashMap<>();
        Map<String, Set<String>> deployments = new HashMap<>();
        for (Row row : rows) {
            found.putIfAbsent(row.platform().id(), row.platform());
            Set<String> ids = deployments.computeIfAbsent(row.platform().id(), id -> new TreeSet<>());
            if (row.deployment() != null) {
                ids.add(row.deployment());
            }
        }
        return found.values().stream().sorted(BY_NAME).map(r -> new Registration(r.id(), r.version(), r.name(),
                r.issuer(), r.clientId(), deployments.get(r.id()), r.tenant(), r.authLoginUrl(), r.tokenUrl(),
                r.jwksUrl())).toList();
    }

    /** A platform and one of its deployments (none: {@code null}), as the join gives them. */
    private record Row(Registration platform, String deployment) {
    }

    private static Registration map(ResultSet rs) throws SQLException {
        return new Registration(rs.getString("id"), rs.getLong("version"), rs.getString("name"), rs.getString("issuer"),
                rs.getString("client_id"), Set.of(), rs.getString("tenant"), rs.getString("auth_login_url"),
                rs.getString("token_url"), rs.getString("jwks_url"));
    }
}
