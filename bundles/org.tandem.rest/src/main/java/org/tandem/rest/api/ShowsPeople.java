package org.tandem.rest.api;

import java.util.Collection;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An answer's entity that shows people's data and names them (a relationship with its members): the
 * access log records these people from the answer itself instead of reading again whose data it was.
 * Not a property: JSON writers and the API's documentation leave the method out.
 */
@ConsumerType
public interface ShowsPeople {
    /** The ids of the people whose data the answer shows. */
    Collection<String> peopleShown();
}
