/** What other features use of the LTI integration: publishing milestones to a course's gradebook. */
@Version("1.1.0")
@Export
package org.tandem.lti.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
