package org.peipao.command.project;

import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.command.lookup.CommandLookups;
import org.peipao.command.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.peipao.command.shared.RuleViolation.require;
import static org.peipao.command.shared.Texts.optionalEvidenceUrl;
import static org.peipao.command.shared.Texts.optionalText;
import static org.peipao.command.shared.Texts.requireText;
import static org.peipao.command.shared.Texts.strip;
import static org.peipao.command.shared.Texts.stripToNull;

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

    static MilestoneFacts of(LogMilestoneCommand command, LocalDate today) {
        require(command.type() != null, "type-required", "type is required");
        require(command.occurredOn() != null, "occurred-on-required", "occurredOn is required");
        require(!command.occurredOn().isAfter(today), "occurred-on-in-future", "occurredOn must not be in the future");
        requireText(command.summary(), 2000, "summary");
        optionalText(command.evidenceUrl(), 2000, "evidenceUrl");
        optionalEvidenceUrl(command.evidenceUrl(), "evidenceUrl");
        MilestoneType type = command.type();
        BigDecimal amount = command.amountCny() == null ? null : Money.normalise(command.amountCny(), "amountCny");
        if (type == MilestoneType.FINANCING_CLOSED || type == MilestoneType.LICENSING_DEAL) {
            require(amount != null && amount.signum() > 0, "amount-required",
                    type + " needs an amountCny greater than 0");
        } else {
            require(amount == null || amount.signum() >= 0, "amount-negative", "amountCny must not be negative");
        }
        String challengeId = stripToNull(command.challengeId());
        require(type != MilestoneType.TECH_PROBLEM_SOLVED || challengeId != null, "challenge-required",
                "TECH_PROBLEM_SOLVED names the challenge it solved (challengeId)");
        require(type != MilestoneType.CLINICAL_PHASE_ENTERED || command.phase() != null, "phase-required",
                "CLINICAL_PHASE_ENTERED needs the phase entered");
        require(type != MilestoneType.JOBS_CREATED || (command.count() != null && command.count() > 0),
                "count-required", "JOBS_CREATED needs a count greater than 0");
        require(command.count() == null || command.count() > 0, "count-required", "count must be greater than 0");
        return new MilestoneFacts(type, command.occurredOn(), strip(command.summary()),
                stripToNull(command.evidenceUrl()), amount,
                type == MilestoneType.TECH_PROBLEM_SOLVED ? challengeId : null,
                type == MilestoneType.CLINICAL_PHASE_ENTERED ? command.phase() : null,
                command.count());
    }
}
