package org.tandem.lti.internal.launch;

import java.util.List;
import java.util.Map;

/**
 * A launch that passed every rule: who, from where, into what, as which roles (full LIS URIs).
 *
 * @param subject null only for an anonymous launch
 */
record Launch(Registration registration, String deploymentId, String messageType, String subject, String name,
        String email, String locale, List<String> roles, String contextId, String contextTitle,
        String resourceLinkId, String deepLinkReturnUrl, Map<String, Object> custom) {
}
