package org.tandem.lti.internal.launch;

import java.util.List;
import java.util.Map;

/**
 * A launch that passed every rule: who, from where, into what, as which roles (full LIS URIs), and
 * which LTI Advantage services the platform offers for it.
 *
 * @param subject the user's id at the platform
 * @param deepLinking the deep-linking settings of an {@code LtiDeepLinkingRequest}, else null
 * @param services the NRPS and AGS endpoints the platform offers for this context
 */
public record Launch(Registration registration, String deploymentId, String messageType, String subject,
        Person person, List<String> roles, Context context, String resourceLinkId, DeepLinking deepLinking,
        Services services, Map<String, Object> custom) {

    /** What the platform says about the user; every field may be null (no personal data is valid). */
    public record Person(String name, String givenName, String familyName, String email, String locale,
            String picture) {
    }

    /** The course the launch came from; null for a launch outside a course. */
    public record Context(String id, String label, String title) {
    }

    /**
     * @param returnUrl where the deep-linking response is posted
     * @param data opaque, echoed back unchanged
     * @param acceptTypes content item types the platform accepts
     * @param acceptMultiple whether several items may be returned
     */
    public record DeepLinking(String returnUrl, String data, List<String> acceptTypes, boolean acceptMultiple) {
    }

    /**
     * @param membershipsUrl the NRPS context memberships URL, or null
     * @param lineItemsUrl the AGS line items URL, or null
     * @param lineItemUrl the AGS line item of this resource link, or null
     * @param agsScopes the AGS scopes the platform grants
     */
    public record Services(String membershipsUrl, String lineItemsUrl, String lineItemUrl, List<String> agsScopes) {
    }

    public boolean isDeepLinking() {
        return deepLinking != null;
    }
}
