package org.tandem.itests;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.tandem.storage.PersonalData;

/** The privacy register's declarations, as the features registered them. */
final class Declarations {
    private Declarations() {
    }

    static List<PersonalData> of(BundleContext context) throws InvalidSyntaxException {
        List<PersonalData> out = new ArrayList<>();
        for (ServiceReference<PersonalData> ref : context.getServiceReferences(PersonalData.class, null)) {
            out.add(context.getService(ref));
        }
        return out;
    }
}
