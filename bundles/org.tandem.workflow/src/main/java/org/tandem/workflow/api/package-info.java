/**
 * The four-phase workflow of a formal mentoring relationship (Zachary's model: Preparing,
 * Negotiating, Enabling, Closing), its transitions and the guards that must hold for each one.
 * Other feature bundles add conditions by registering a {@link org.tandem.workflow.api.TransitionGuard}
 * and react to transitions through Event Admin ({@link org.tandem.workflow.api.WorkflowEvents}).
 */
@Version("1.3.0")
@Export
package org.tandem.workflow.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
