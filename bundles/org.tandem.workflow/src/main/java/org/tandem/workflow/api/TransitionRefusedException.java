package org.tandem.workflow.api;

import java.util.List;
import java.util.stream.Collectors;
import org.tandem.model.ConflictException;
import org.tandem.model.Reason;

/** A transition whose conditions do not all hold (a 409 over HTTP, listing each); nothing changed. */
public class TransitionRefusedException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final transient List<Condition> unmet;

    public TransitionRefusedException(Phase from, Phase to, List<Condition> unmet) {
        super("The relationship cannot move from " + from + " to " + to + " yet: "
                + unmet.stream().map(Condition::message).collect(Collectors.joining("; ")) + ".",
                unmet.stream().map(c -> new Reason(c.code(), c.message())).toList());
        this.unmet = List.copyOf(unmet);
    }

    public List<Condition> unmet() {
        return unmet;
    }
}
