/**
 * What every feature bundle's REST resources share: the application and JSON extension to select,
 * problem details, paging and conditional requests. Throw the model's exceptions; the shared mapper
 * turns them into {@code application/problem+json}. Since 1.6, {@link org.tandem.rest.api.ShowsPeople}:
 * an answer that names the people whose data it shows, for the access log.
 */
@Version("1.6.0")
@Export
package org.tandem.rest.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
