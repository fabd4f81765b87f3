package org.tandem.rest.internal.resources;

/** The id and version a DTO carries. */
record Keys(String id, Long version) implements Crud.Dto {
}
