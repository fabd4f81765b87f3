package org.tandem.lti.internal.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The LTI claims of a verified token: each required one present, of the right type (R8–R16). */
public final class LaunchClaims {
    private LaunchClaims() {
    }

    public static Launch read(JWTClaimsSet c, Registration registration, String toolBaseUrl) {
        if (!LtiClaims.LTI_VERSION.equals(LaunchValidator.text(c, LtiClaims.VERSION))) {
            throw new LaunchRejectedException(Rejection.WRONG_VERSION, "version " + c.getClaim(LtiClaims.VERSION));
        }
        String type = LaunchValidator.text(c, LtiClaims.MESSAGE_TYPE);
        boolean link = LtiClaims.RESOURCE_LINK_REQUEST.equals(type);
        if (!link && !LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            throw new LaunchRejectedException(Rejection.BAD_MESSAGE_TYPE, "message_type " + type);
        }
        String deployment = deployment(c, registration);
        List<String> roles = roles(c);
        String subject = LaunchValidator.text(c, "sub");
        if (subject == null || subject.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_SUBJECT, null);
        }
        Map<String, Object> context = object(c, LtiClaims.CONTEXT);
        Map<String, Object> custom = object(c, LtiClaims.CUSTOM);
        Map<String, Object> presentation = object(c, LtiClaims.LAUNCH_PRESENTATION);
        String resourceLink = link ? resourceLink(c) : null;
        Launch.DeepLinking deepLinking = link ? null : deepLinking(c);
        target(c, toolBaseUrl);
        Launch.Person person = new Launch.Person(LaunchValidator.text(c, "name"), LaunchValidator.text(c, "given_name"),
                LaunchValidator.text(c, "family_name"), LaunchValidator.text(c, "email"),
                presentation == null ? null : string(presentation, "locale"), LaunchValidator.text(c, "picture"));
        Launch.Context course = context == null ? null
                : new Launch.Context(required(context, "id", "context"), string(context, "label"), string(context, "title"));
        return new Launch(registration, deployment, type, subject, person, roles, course, resourceLink, deepLinking,
                services(c), custom == null ? Map.of() : custom);
    }

    private static String required(Map<String, Object> object, String key, String claim) {
        String v = string(object, key);
        if (v == null || v.isBlank()) {
            throw new LaunchRejectedException(Rejection.BAD_CLAIM, claim + "." + key + " is missing");
        }
        return v;
    }

    private static Launch.Services services(JWTClaimsSet c) {
        Map<String, Object> nrps = object(c, LtiClaims.NRPS);
        Map<String, Object> ags = object(c, LtiClaims.AGS);
        Object scopes = ags == null ? null : ags.get("scope");
        List<String> agsScopes = scopes instanceof List<?> l ? l.stream().filter(String.class::isInstance)
                .map(String.class::cast).toList() : List.of();
        return new Launch.Services(nrps == null ? null : string(nrps, "context_memberships_url"),
                ags == null ? null : string(ags, "lineitems"), ags == null ? null : string(ags, "lineitem"), agsScopes);
    }

    private static String deployment(JWTClaimsSet c, Registration registration) {
        String deployment = LaunchValidator.text(c, LtiClaims.DEPLOYMENT_ID);
        if (deployment == null || deployment.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_DEPLOYMENT, null);
        }
        if (deployment.length() > 255 || !registration.deploymentIds().contains(deployment)) {
            throw new LaunchRejectedException(Rejection.UNKNOWN_DEPLOYMENT, "deployment_id "
                    + (deployment.length() > 255 ? "longer than 255 characters" : deployment));
        }
        return deployment;
    }

    private static List<String> roles(JWTClaimsSet c) {
        Object roles = c.getClaim(LtiClaims.ROLES);
        if (roles == null) {
            throw new LaunchRejectedException(Rejection.NO_ROLES, null);
        }
        if (!(roles instanceof List<?> list) || list.stream().anyMatch(r -> !(r instanceof String))) {
            throw new LaunchRejectedException(Rejection.BAD_CLAIM, "roles must be an array of strings");
        }
        return Roles.normalise(list);
    }

    private static String resourceLink(JWTClaimsSet c) {
        Map<String, Object> link = object(c, LtiClaims.RESOURCE_LINK);
        String id = link == null ? null : string(link, "id");
        if (id == null || id.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_RESOURCE_LINK, null);
        }
        return id;
    }

    private static Launch.DeepLinking deepLinking(JWTClaimsSet c) {
        Map<String, Object> settings = object(c, LtiClaims.DEEP_LINKING_SETTINGS);
        String url = settings == null ? null : string(settings, "deep_link_return_url");
        if (url == null || url.isBlank()) {
            throw new LaunchRejectedException(Rejection.NO_DEEP_LINK_RETURN, null);
        }
        Object types = settings.get("accept_types");
        List<String> accept = types instanceof List<?> l ? l.stream().filter(String.class::isInstance)
                .map(String.class::cast).toList() : List.of("ltiResourceLink");
        Object multiple = settings.get("accept_multiple");
        Object data = settings.get("data");
        return new Launch.DeepLinking(url, data == null ? null : data.toString(), accept,
                !Boolean.FALSE.equals(multiple));
    }

    /** The target must be this tool: same scheme, host and port, under its base path (no open redirect). */
    private static void target(JWTClaimsSet c, String toolBaseUrl) {
        String target = LaunchValidator.text(c, LtiClaims.TARGET_LINK_URI);
        try {
            URI uri = target == null ? null : URI.create(target).normalize();
            if (uri == null || !(uri.toString() + "/").startsWith(toolBaseUrl) && !uri.toString().startsWith(toolBaseUrl)) {
                throw new LaunchRejectedException(Rejection.BAD_TARGET_LINK, "target_link_uri " + target);
            }
        } catch (IllegalArgumentException e) {
            throw new LaunchRejectedException(Rejection.BAD_TARGET_LINK, "target_link_uri " + target);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet c, String name) {
        Object v = c.getClaim(name);
        if (v != null && !(v instanceof Map)) {
            throw new LaunchRejectedException(Rejection.BAD_CLAIM, name + " must be an object");
        }
        return (Map<String, Object>) v;
    }

    private static String string(Map<String, Object> object, String key) {
        Object v = object.get(key);
        if (v != null && !(v instanceof String)) {
            throw new LaunchRejectedException(Rejection.BAD_CLAIM, key + " must be a string");
        }
        return (String) v;
    }
}
