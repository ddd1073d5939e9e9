package org.peipao.command.companion;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.UpdateCompanionProfileCommand;

import java.util.List;
import java.util.Objects;

import static org.peipao.command.shared.RuleViolation.require;
import static org.peipao.command.shared.Texts.optionalText;
import static org.peipao.command.shared.Texts.requireText;
import static org.peipao.command.shared.Texts.strip;
import static org.peipao.command.shared.Texts.stripToNull;

/** The rules on a companion's profile, and its normal form (trimmed texts, distinct domains, default capacity). */
final class CompanionProfile {

    static final int DEFAULT_CAPACITY = 8;
    static final int MAX_CAPACITY = 50;

    private CompanionProfile() {
    }

    static CompanionRegisteredEvent registration(RegisterCompanionCommand command) {
        require(command.kind() != null, "kind-required", "kind is required");
        check(command.name(), command.organisation(), command.email());
        return new CompanionRegisteredEvent(command.companionId(), strip(command.name()), command.kind(),
                strip(command.organisation()), domains(command.domains()), stripToNull(command.email()),
                capacity(command.capacity()));
    }

    static CompanionProfileUpdatedEvent update(UpdateCompanionProfileCommand command, CompanionKind kind) {
        check(command.name(), command.organisation(), command.email());
        return new CompanionProfileUpdatedEvent(command.companionId(), kind, strip(command.name()),
                strip(command.organisation()), domains(command.domains()), stripToNull(command.email()),
                capacity(command.capacity()));
    }

    private static void check(String name, String organisation, String email) {
        requireText(name, 200, "name");
        requireText(organisation, 200, "organisation");
        optionalText(email, 254, "email");
    }

    private static int capacity(Integer requested) {
        int capacity = requested == null ? DEFAULT_CAPACITY : requested;
        require(capacity >= 1 && capacity <= MAX_CAPACITY, "capacity-out-of-range",
                "capacity must be between 1 and " + MAX_CAPACITY);
        return capacity;
    }

    private static List<IndustryDomain> domains(List<IndustryDomain> domains) {
        return domains == null ? List.of() : domains.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
