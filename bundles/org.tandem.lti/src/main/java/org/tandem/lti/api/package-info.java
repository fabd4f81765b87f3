/**
 * What other features use of the LTI integration: publishing milestones to a course's gradebook, and
 * registering a platform from code (the try-it mode's sample platform).
 */
@Version("1.2.0")
@Export
package org.tandem.lti.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
