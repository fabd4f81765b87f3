/**
 * The mentoring domain: programs, people and their profiles, relationships and their members,
 * the rules a relationship must satisfy, and the repository services that store them.
 */
@Version("1.5.0")
@Export
package org.tandem.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
