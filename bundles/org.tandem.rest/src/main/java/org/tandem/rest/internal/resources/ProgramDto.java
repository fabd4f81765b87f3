package org.tandem.rest.internal.resources;

import java.time.LocalDate;
import org.tandem.model.MentoringModel;
import org.tandem.model.Program;

/** A program as JSON. {@code formal} defaults to true: most university programs are formal. */
public class ProgramDto {
    public String id;
    public Long version;
    public String name;
    public String description;
    public MentoringModel model;
    public Boolean formal;
    public LocalDate startsOn;
    public LocalDate endsOn;
    /** The tenant (institution) it belongs to; set when created, never changed. Defaults to local. */
    public String tenant;

    static ProgramDto of(Program p) {
        ProgramDto d = new ProgramDto();
        d.id = p.id();
        d.version = p.version();
        d.name = p.name();
        d.description = p.description();
        d.model = p.model();
        d.formal = p.formal();
        d.startsOn = p.startsOn();
        d.endsOn = p.endsOn();
        d.tenant = p.tenant();
        return d;
    }

    Program toModel(Crud.IdVersion key) {
        return new Program(key.id(), key.version(), name, description, model, formal == null || formal,
                startsOn, endsOn, tenant);
    }

    Crud.Dto keys() {
        return new Keys(id, version);
    }
}
