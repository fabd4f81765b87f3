package org.tandem.apidocs.internal;

/** A JAX-RS resource the API serves now, and the feature it belongs to (its tag in the document). */
record Described(Class<?> type, String feature) {
}
