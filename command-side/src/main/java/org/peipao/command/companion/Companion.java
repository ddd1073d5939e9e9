package org.peipao.command.companion;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.peipao.api.companion.AwardHonourCommand;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionReinstatedEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.companion.HonourAwardedEvent;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.ReinstateCompanionCommand;
import org.peipao.api.companion.RetireCompanionCommand;
import org.peipao.api.companion.SuspendCompanionCommand;
import org.peipao.api.companion.UpdateCompanionProfileCommand;
import org.peipao.api.text.Texts;
import org.peipao.command.lookup.CommandLookups.AggregateKind;
import org.peipao.command.lookup.CommandLookups;
import org.peipao.command.lookup.IdRules;
import org.peipao.command.shared.Snapshots;
import org.peipao.command.shared.UnknownEntity;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.peipao.command.shared.RuleViolation.require;

@Aggregate(snapshotTriggerDefinition = Snapshots.TRIGGER, cache = Snapshots.COMPANION_CACHE)
class Companion {

    @AggregateIdentifier
    private String companionId;
    private CompanionRegisteredEvent registration;
    private CompanionKind kind;
    private CompanionStatus status;
    private final Set<String> honours = new HashSet<>();

    Companion() {
        // for the framework: an empty aggregate, rebuilt from its events
    }

    /**
     * Every command but the registration needs a companion to act on: an aggregate that was never created
     * (or a stream of another kind) answers as unknown.
     */
    @CommandHandlerInterceptor
    Object requireRegistered(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        UnknownEntity.requireExisting(registration != null || command.getPayload() instanceof RegisterCompanionCommand, "companion");
        return chain.proceed();
    }

    /** Idempotent: the same registration again changes nothing; a different one under the same id is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RegisterCompanionCommand command, CommandLookups lookups) {
        CompanionRegisteredEvent registered = CompanionProfile.registration(command);
        if (registration != null) {
            require(registration.equals(registered), "id-already-used",
                    "companion " + companionId + " was registered with other details");
            return 0L;
        }
        IdRules.requireUnusedBy(lookups, command.companionId(), AggregateKind.COMPANION);
        apply(registered);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(UpdateCompanionProfileCommand command, CommandLookups lookups) {
        require(status != CompanionStatus.RETIRED, "companion-retired", "a retired companion's profile is closed");
        CompanionProfileUpdatedEvent updated = CompanionProfile.update(command, kind);
        int active = lookups.companion(companionId).map(CommandLookups.CompanionFacts::activeAssignments).orElse(0);
        require(updated.capacity() >= active, "capacity-below-active-assignments",
                "the companion has " + active + " active assignments, more than a capacity of " + updated.capacity());
        apply(updated);
        return AggregateLifecycle.getVersion();
    }

    /** Awarding an honour the companion already holds changes nothing. */
    @CommandHandler
    long handle(AwardHonourCommand command) {
        String title = Texts.tidy(command.title());
        if (!honours.contains(honourKey(title, command.year()))) {
            apply(new HonourAwardedEvent(companionId, kind, title, command.year()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SuspendCompanionCommand command) {
        require(status == CompanionStatus.ACTIVE, "companion-not-active", "only an active companion can be suspended");
        apply(new CompanionSuspendedEvent(companionId, kind, Texts.tidy(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReinstateCompanionCommand command) {
        require(status == CompanionStatus.SUSPENDED, "companion-not-suspended",
                "only a suspended companion can be reinstated");
        apply(new CompanionReinstatedEvent(companionId, kind));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RetireCompanionCommand command, CommandLookups lookups) {
        require(status != CompanionStatus.RETIRED, "companion-already-retired", "the companion is already retired");
        int active = lookups.companion(companionId).map(CommandLookups.CompanionFacts::activeAssignments).orElse(0);
        require(active == 0, "companion-has-active-assignments",
                "the companion still accompanies " + active + " project(s); release them first");
        apply(new CompanionRetiredEvent(companionId, kind, status, Texts.tidy(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(CompanionRegisteredEvent event) {
        companionId = event.companionId();
        registration = event;
        kind = event.kind();
        status = CompanionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(HonourAwardedEvent event) {
        honours.add(honourKey(event.title(), event.year()));
    }

    @EventSourcingHandler
    void on(CompanionSuspendedEvent event) {
        status = CompanionStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(CompanionReinstatedEvent event) {
        status = CompanionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CompanionRetiredEvent event) {
        status = CompanionStatus.RETIRED;
    }

    private static String honourKey(String title, int year) {
        return year + ":" + title;
    }
}
