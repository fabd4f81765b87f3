/** What other features may ask of feedback: a person's own self-assessment, for their own use. */
@Version("1.0.0")
@Export
package org.tandem.feedback.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
