package org.peipao.command.lookup;

import org.peipao.command.lookup.CommandLookups.AggregateKind;
import org.peipao.command.shared.RuleViolation;

/** Ids are unique across companions, projects and challenges: an event stream holds one aggregate only. */
public final class IdRules {

    private IdRules() {
    }

    public static void requireUnusedBy(CommandLookups lookups, String id, AggregateKind creating) {
        lookups.aggregateKind(id).filter(kind -> kind != creating).ifPresent(kind -> {
            throw new RuleViolation("id-already-used",
                    "id " + id + " already names a " + kind.name().toLowerCase() + ", not a " + creating.name().toLowerCase());
        });
    }
}
