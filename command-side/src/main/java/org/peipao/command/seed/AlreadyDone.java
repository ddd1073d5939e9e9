package org.peipao.command.seed;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.CloseChallengeCommand;
import org.peipao.api.challenge.MatchChallengeCommand;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.companion.RetireCompanionCommand;
import org.peipao.api.companion.SuspendCompanionCommand;
import org.peipao.api.project.AssignCompanionCommand;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.api.project.RejectMilestoneCommand;
import org.peipao.api.project.VerifyMilestoneCommand;
import org.peipao.api.project.WithdrawProjectCommand;
import org.peipao.command.shared.RuleViolation;

import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Tells a refusal that means "this seed command was handled before" (by a load that stopped part-way) from a
 * real one. Creations, milestones, landings and honours repeat without a refusal and without a new event;
 * the commands below are refused when repeated, each under one rule. Such a refusal counts as done only if
 * the aggregate's own history holds the very effect the command asks for.
 */
final class AlreadyDone {

    private record Sign(String rule, BiPredicate<Object, Object> effect) {
    }

    private static final Map<Class<?>, Sign> SIGNS = Map.of(
            AssignCompanionCommand.class, sign("companion-already-assigned", AssignCompanionCommand.class,
                    CompanionAssignedEvent.class, (c, e) -> e.companionId().equals(c.companionId())),
            VerifyMilestoneCommand.class, sign("milestone-not-logged", VerifyMilestoneCommand.class,
                    MilestoneVerifiedEvent.class, (c, e) -> e.milestoneId().equals(c.milestoneId())),
            RejectMilestoneCommand.class, sign("milestone-not-logged", RejectMilestoneCommand.class,
                    MilestoneRejectedEvent.class, (c, e) -> e.milestoneId().equals(c.milestoneId())),
            MatchChallengeCommand.class, sign("challenge-not-posted", MatchChallengeCommand.class,
                    ChallengeMatchedEvent.class, (c, e) -> e.projectId().equals(c.projectId())),
            CloseChallengeCommand.class, sign("challenge-not-open", CloseChallengeCommand.class,
                    ChallengeClosedEvent.class, (c, e) -> true),
            SuspendCompanionCommand.class, sign("companion-not-active", SuspendCompanionCommand.class,
                    CompanionSuspendedEvent.class, (c, e) -> true),
            RetireCompanionCommand.class, sign("companion-already-retired", RetireCompanionCommand.class,
                    CompanionRetiredEvent.class, (c, e) -> true),
            WithdrawProjectCommand.class, sign("project-not-withdrawable", WithdrawProjectCommand.class,
                    ProjectWithdrawnEvent.class, (c, e) -> true));

    private final EventStore events;

    AlreadyDone(EventStore events) {
        this.events = events;
    }

    boolean explains(Object command, String aggregateId, RuleViolation refusal) {
        Sign sign = SIGNS.get(command.getClass());
        if (sign == null || !sign.rule().equals(refusal.rule())) {
            return false;
        }
        return events.readEvents(aggregateId, 0).asStream()
                .anyMatch(event -> sign.effect().test(command, event.getPayload()));
    }

    private static <C, E> Sign sign(String rule, Class<C> command, Class<E> event, BiPredicate<C, E> effect) {
        return new Sign(rule, (c, e) -> event.isInstance(e) && effect.test(command.cast(c), event.cast(e)));
    }
}
