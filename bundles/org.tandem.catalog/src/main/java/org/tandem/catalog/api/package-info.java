/** What other features may know of the training catalog: the events it posts. */
@Version("1.2.0")
@Export
package org.tandem.catalog.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
