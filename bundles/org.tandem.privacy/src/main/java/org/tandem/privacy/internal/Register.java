package org.tandem.privacy.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tandem.model.Feature;
import org.tandem.storage.PersonalData;

/** Every feature's declaration of what it stores about people, as registered now. */
@Component(service = Register.class, property = Feature.PROPERTY + "=core")
public class Register {
    private final List<PersonalData> declared = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(PersonalData data) {
        declared.add(data);
    }

    void remove(PersonalData data) {
        declared.remove(data);
    }

    /** By feature, core first, then by name; within a feature personal tables first, each by name. */
    public List<PersonalData> declarations() {
        return declared.stream().sorted(Comparator.comparing((PersonalData d) -> !"core".equals(d.feature()))
                .thenComparing(PersonalData::feature)).toList();
    }
}
