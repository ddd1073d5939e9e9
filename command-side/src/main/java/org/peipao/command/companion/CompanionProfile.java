package org.peipao.command.companion;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.UpdateCompanionProfileCommand;
import org.peipao.api.text.Texts;

import java.util.List;
import java.util.Objects;

/**
 * A companion's profile in its normal form: texts tidied, the organisation a label, domains distinct and sorted,
 * the capacity {@value #DEFAULT_CAPACITY} unless given (the commands' constraints bound it to 1..50).
 */
final class CompanionProfile {

    static final int DEFAULT_CAPACITY = 8;

    private CompanionProfile() {
    }

    static CompanionRegisteredEvent registration(RegisterCompanionCommand command) {
        return new CompanionRegisteredEvent(command.companionId(), Texts.tidy(command.name()), command.kind(),
                Texts.label(command.organisation()), domains(command.domains()), Texts.tidyToNull(command.email()),
                capacity(command.capacity()));
    }

    static CompanionProfileUpdatedEvent update(UpdateCompanionProfileCommand command, CompanionKind kind) {
        return new CompanionProfileUpdatedEvent(command.companionId(), kind, Texts.tidy(command.name()),
                Texts.label(command.organisation()), domains(command.domains()), Texts.tidyToNull(command.email()),
                capacity(command.capacity()));
    }

    private static int capacity(Integer requested) {
        return requested == null ? DEFAULT_CAPACITY : requested;
    }

    private static List<IndustryDomain> domains(List<IndustryDomain> domains) {
        return domains == null ? List.of() : domains.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
