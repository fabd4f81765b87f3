package org.tandem.workflow.api;

import java.util.List;
import java.util.stream.Collectors;

/** A transition whose conditions do not all hold; nothing changed. */
public class TransitionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Condition> unmet;

    public TransitionRefusedException(Phase from, Phase to, List<Condition> unmet) {
        super("The relationship cannot move from " + from + " to " + to + " yet: "
                + unmet.stream().map(Condition::message).collect(Collectors.joining("; ")) + ".");
        this.unmet = List.copyOf(unmet);
    }

    public List<Condition> unmet() {
        return unmet;
    }
}
