package org.tandem.demo.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** Try-it mode's table in the privacy register (its made-up people are stored as any people). Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class DemoPersonalData implements PersonalData {
    @Override
    public String feature() {
        return "lti";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                none("demo_state", "which generation of sample data is current"));
    }
}
