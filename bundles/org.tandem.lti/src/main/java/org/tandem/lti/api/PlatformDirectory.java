package org.tandem.lti.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The registered learning platforms, for code that brings its own platform (the try-it mode's sample
 * platform). Its launches then go through the same validation as any platform's.
 */
@ProviderType
public interface PlatformDirectory {
    /** A platform as it registers: the addresses are its own, a browser's and the tool's view of them. */
    record NewPlatform(String name, String issuer, String clientId, String deploymentId, String authLoginUrl,
            String tokenUrl, String jwksUrl) {
    }

    /**
     * Registers the platform, or finds it registered (by issuer and client id), with the deployment.
     *
     * @return the platform's id
     */
    String ensure(NewPlatform platform);
}
