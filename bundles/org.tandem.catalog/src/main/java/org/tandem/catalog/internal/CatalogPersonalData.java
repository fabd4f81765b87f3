package org.tandem.catalog.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** The training catalog's tables in the privacy register. Registered whether the feature runs or not: its tables keep their data either way. */
@Component
public class CatalogPersonalData implements PersonalData {
    @Override
    public String feature() {
        return "catalog";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                personal("catalog_completions", List.of("person_id", "evidence", "recorded_by", "verified_by"),
                        "who completed which training, when, with what evidence, and who recorded or verified it",
                        "the person; the coordinators of their programs; administrators",
                        "until the person is erased").ownedBy("person_id").onErase(Erase.deleteRows("person_id")),
                none("catalog_courses", "training courses: title, provider, format, audience"),
                none("catalog_requirements", "which course a program requires or recommends, and of whom"));
    }
}
