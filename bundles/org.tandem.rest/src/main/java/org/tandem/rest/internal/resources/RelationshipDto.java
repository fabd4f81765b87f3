package org.tandem.rest.internal.resources;

import static org.tandem.rest.internal.Texts.TEXT;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tandem.model.Relationship;
import org.tandem.model.ValidationException;
import org.tandem.rest.api.ShowsPeople;

/** A relationship as JSON, with its members (the people whose data it shows). */
public class RelationshipDto implements ShowsPeople {
    public String id;
    public Long version;
    public String programId;
    public String title;
    public List<MemberDto> members;
    public LocalDate startsOn;
    public LocalDate endsOn;

    static RelationshipDto of(Relationship r) {
        RelationshipDto d = new RelationshipDto();
        d.id = r.id();
        d.version = r.version();
        d.programId = r.programId();
        d.title = r.title();
        d.members = r.members().stream().map(MemberDto::of).toList();
        d.startsOn = r.startsOn();
        d.endsOn = r.endsOn();
        return d;
    }

    Relationship toModel(Crud.IdVersion key) {
        if (members == null || members.isEmpty()) {
            throw new ValidationException("members", TEXT.format("relationship.members-required"));
        }
        if (members.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("members", TEXT.format("relationship.members-null"));
        }
        return new Relationship(key.id(), key.version(), programId, title,
                members.stream().map(MemberDto::toModel).toList(), startsOn, endsOn);
    }

    @Override
    public List<String> peopleShown() {
        return members == null ? List.of() : members.stream().filter(Objects::nonNull).map(m -> m.personId).toList();
    }

    Crud.Dto keys() {
        return new Keys(id, version);
    }
}
