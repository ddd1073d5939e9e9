package org.peipao.command.project;

import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.text.Texts;
import org.peipao.command.lookup.CommandLookups;
import org.peipao.command.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.peipao.command.shared.RuleViolation.require;

/**
 * What a logged milestone states, in normal form, checked against the rules of its type. Two log
 * commands with equal facts are the same request.
 */
record MilestoneFacts(MilestoneType type,
                      LocalDate occurredOn,
                      String summary,
                      String evidenceUrl,
                      BigDecimal amountCny,
                      String challengeId,
                      ClinicalPhase phase,
                      Integer count) {

    /** A TECH_PROBLEM_SOLVED milestone names an open challenge matched to its project. */
    static void requireChallengeMatched(CommandLookups lookups, String challengeId, String projectId) {
        boolean matchedHere = lookups.challenge(challengeId)
                .filter(c -> c.status() == ChallengeStatus.MATCHED && projectId.equals(c.projectId()))
                .isPresent();
        require(matchedHere, "challenge-not-matched-to-project",
                "challenge " + challengeId + " is not an open challenge matched to this project");
    }

    /** The facts a log command states (whose type-specific fields its constraints have checked). */
    static MilestoneFacts of(LogMilestoneCommand command, LocalDate today) {
        require(!command.occurredOn().isAfter(today), "occurred-on-in-future", "occurredOn must not be in the future");
        MilestoneType type = command.type();
        return new MilestoneFacts(type, command.occurredOn(), Texts.tidy(command.summary()),
                Texts.tidyToNull(command.evidenceUrl()), Money.normalise(command.amountCny()),
                type == MilestoneType.TECH_PROBLEM_SOLVED ? Texts.tidyToNull(command.challengeId()) : null,
                type == MilestoneType.CLINICAL_PHASE_ENTERED ? command.phase() : null,
                command.count());
    }
}
