/**
 * The shared database: one pooled connection source, transactions, and schema migrations that each
 * feature bundle runs for its own tables, and the event journal. Embedded Derby by default, PostgreSQL
 * by configuration.
 */
@Version("1.2.0")
@Export
package org.tandem.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
