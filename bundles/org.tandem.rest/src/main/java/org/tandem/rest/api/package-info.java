/**
 * What every feature bundle's REST resources share: the application and JSON extension to select,
 * problem details, paging and conditional requests. Throw the model's exceptions; the shared mapper
 * turns them into {@code application/problem+json}.
 */
@Version("1.5.0")
@Export
package org.tandem.rest.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
