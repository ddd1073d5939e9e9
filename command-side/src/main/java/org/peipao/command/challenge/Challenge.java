package org.peipao.command.challenge;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.challenge.CloseChallengeCommand;
import org.peipao.api.challenge.MarkChallengeSolvedCommand;
import org.peipao.api.challenge.MatchChallengeCommand;
import org.peipao.api.challenge.PostChallengeCommand;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.text.CreditCodes;
import org.peipao.api.text.Texts;
import org.peipao.command.lookup.CommandLookups.AggregateKind;
import org.peipao.command.lookup.CommandLookups.ProjectFacts;
import org.peipao.command.lookup.CommandLookups;
import org.peipao.command.lookup.IdRules;
import org.peipao.command.shared.Actor;
import org.peipao.command.shared.NotPermitted;
import org.peipao.command.shared.Snapshots;
import org.peipao.command.shared.UnknownEntity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.peipao.command.shared.RuleViolation.require;

/** An enterprise's technical problem: POSTED → MATCHED (to a project) → SOLVED, or CLOSED while open. */
@Aggregate(snapshotTriggerDefinition = Snapshots.TRIGGER, cache = Snapshots.CHALLENGE_CACHE)
class Challenge {

    @AggregateIdentifier
    private String challengeId;
    private ChallengePostedEvent posting;
    private IndustryDomain domain;
    private ChallengeStatus status;
    private String projectId;
    private String solvedByMilestoneId;

    Challenge() {
        // for the framework: an empty aggregate, rebuilt from its events
    }

    /**
     * Every command but the posting needs a challenge to act on: an aggregate that was never created
     * (or a stream of another kind) answers as unknown.
     */
    @CommandHandlerInterceptor
    Object requirePosted(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        UnknownEntity.requireExisting(posting != null || command.getPayload() instanceof PostChallengeCommand, "challenge");
        return chain.proceed();
    }

    /** Idempotent: the same posting again changes nothing; a different one under the same id is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(PostChallengeCommand command, CommandLookups lookups) {
        ChallengePostedEvent posted = new ChallengePostedEvent(command.challengeId(), Texts.label(command.enterprise()),
                CreditCodes.normalise(command.enterpriseCode()), command.domain(), Texts.tidy(command.title()),
                Texts.tidyToNull(command.description()));
        if (posting != null) {
            require(posting.equals(posted), "id-already-used",
                    "challenge " + challengeId + " was posted with other details");
            return 0L;
        }
        IdRules.requireUnusedBy(lookups, command.challengeId(), AggregateKind.CHALLENGE);
        apply(posted);
        return AggregateLifecycle.getVersion();
    }

    /** A mentor matches a challenge only to a project they accompany, and for themselves. */
    @CommandHandler
    long handle(MatchChallengeCommand command, CommandLookups lookups, MetaData metaData) {
        require(status == ChallengeStatus.POSTED, "challenge-not-posted",
                "only a POSTED challenge can be matched; this one is " + status);
        ProjectFacts project = lookups.project(command.projectId()).orElse(null);
        require(project != null, "project-unknown", "no project " + command.projectId() + " is registered");
        require(project.stage() != ProjectStage.WITHDRAWN, "project-withdrawn",
                "project " + command.projectId() + " was withdrawn");
        String companionId = command.companionId();
        Actor actor = Actor.from(metaData);
        if (actor.isMentor()) {
            NotPermitted.requirePermitted(actor.companionId() != null
                            && lookups.isAssigned(command.projectId(), actor.companionId())
                            && (companionId == null || companionId.equals(actor.companionId())),
                    "mentor-not-assigned", "mentors match challenges only to projects they accompany, for themselves");
            companionId = actor.companionId();
        }
        require(companionId == null || lookups.companion(companionId).isPresent(), "companion-unknown",
                "no companion " + companionId + " is registered");
        apply(new ChallengeMatchedEvent(challengeId, command.projectId(), companionId, posting.enterprise(), domain));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CloseChallengeCommand command) {
        require(status == ChallengeStatus.POSTED || status == ChallengeStatus.MATCHED, "challenge-not-open",
                "only an open challenge can be closed; this one is " + status);
        apply(new ChallengeClosedEvent(challengeId, status, Texts.tidy(command.reason()), domain));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Sent by the solving process: marks the challenge solved if it is still open and matched to that project.
     * Otherwise (closed meanwhile, or solved first by another milestone) nothing changes, and nothing is refused:
     * the process runs inside its processor's transaction, which a refusal would doom.
     */
    @CommandHandler
    long handle(MarkChallengeSolvedCommand command) {
        if (status != ChallengeStatus.MATCHED || !command.projectId().equals(projectId)) {
            return AggregateLifecycle.getVersion();
        }
        // an enterprise is known by its code, or by its name when it gave none (both in normal form)
        String enterpriseKey = posting.enterpriseCode() != null ? CreditCodes.normalise(posting.enterpriseCode())
                : Texts.label(posting.enterprise());
        apply(new ChallengeSolvedEvent(challengeId, projectId, command.milestoneId(), command.solvedOn(),
                posting.enterprise(), enterpriseKey, domain, command.creditedCompanionIds(), command.projectDomain(),
                command.projectSource()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ChallengePostedEvent event) {
        challengeId = event.challengeId();
        posting = event;
        domain = event.domain();
        status = ChallengeStatus.POSTED;
    }

    @EventSourcingHandler
    void on(ChallengeMatchedEvent event) {
        status = ChallengeStatus.MATCHED;
        projectId = event.projectId();
    }

    @EventSourcingHandler
    void on(ChallengeSolvedEvent event) {
        status = ChallengeStatus.SOLVED;
        solvedByMilestoneId = event.milestoneId();
    }

    @EventSourcingHandler
    void on(ChallengeClosedEvent event) {
        status = ChallengeStatus.CLOSED;
    }
}
