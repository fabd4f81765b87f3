package org.tandem.features.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** The feature switch's table in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class FeaturesPersonalData implements PersonalData {
    @Override
    public String feature() {
        return "core";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                none("tandem_features", "which feature is switched on"));
    }
}
