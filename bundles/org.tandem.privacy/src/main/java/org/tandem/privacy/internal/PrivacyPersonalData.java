package org.tandem.privacy.internal;

import static org.tandem.storage.PersonalData.Table.none;
import static org.tandem.storage.PersonalData.Table.personal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.storage.PersonalData;

/** The access log's table in the privacy register. */
@Component
public class PrivacyPersonalData implements PersonalData {
    @Override
    public String feature() {
        return "core";
    }

    @Override
    public List<Table> tables() {
        return List.of(personal("privacy_access_log", List.of("actor_id", "tenant", "subject_id", "what"),
                "who read whose data (coordinators' views, the admin API, exports): the access log",
                "administrators (GET /api/admin/privacy/access-log)",
                "accessLogDays (default 365 days), then deleted by the retention job").ownedBy("actor_id", "subject_id")
                        .onErase(Erase.keep("who read whose data, by id: the proof a data-protection officer asks for")),
                personal("privacy_erasures", List.of("person_id", "actor_id", "tenant"),
                        "the record of each erasure: whose id, when, by whom; never the erased data",
                        "administrators (GET /api/admin/privacy/erasures)", "as long as Tandem runs")
                        .ownedBy("person_id").onErase(Erase.keep("the record that the erasure happened")),
                none("privacy_retention", "a program's retention settings"),
                none("privacy_anonymised", "closed relationships the retention job anonymised, and when"));
    }
}
