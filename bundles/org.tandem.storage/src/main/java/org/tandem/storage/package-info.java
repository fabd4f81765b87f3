/**
 * The shared database: one pooled connection source, transactions, and schema migrations that each
 * feature bundle runs for its own tables, and the event journal. Embedded Derby by default, PostgreSQL
 * by configuration. Since 1.3, {@link org.tandem.storage.PersonalData}: each feature declares what its
 * tables hold about people (the privacy register); since 1.4 also how a person is erased and a closed
 * relationship anonymised ({@link org.tandem.storage.PersonalData.Erase}); since 1.5
 * {@link org.tandem.storage.Ids}, time-ordered keys for rows that are only appended; since 1.6
 * {@link org.tandem.storage.Jsonp}, JSON-P with its provider looked up once.
 */
@Version("1.6.0")
@Export
package org.tandem.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
