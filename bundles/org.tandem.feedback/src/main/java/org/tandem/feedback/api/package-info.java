/**
 * What other features may ask of feedback: a person's own self-assessment, for their own use; how many
 * answers a program still owes, and when someone submits (1.1).
 */
@Version("1.1.0")
@Export
package org.tandem.feedback.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
