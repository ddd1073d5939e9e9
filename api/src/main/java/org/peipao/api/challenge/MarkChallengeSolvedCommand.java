package org.peipao.api.challenge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.IndustryDomain;

import java.time.LocalDate;
import java.util.List;

/**
 * Sent by the challenge-solving process when a TECH_PROBLEM_SOLVED milestone naming the challenge is
 * verified; carries the solving project's facts so the resulting event is self-contained.
 */
public record MarkChallengeSolvedCommand(@TargetAggregateIdentifier String challengeId,
                                         String projectId,
                                         String milestoneId,
                                         LocalDate solvedOn,
                                         List<String> creditedCompanionIds,
                                         IndustryDomain projectDomain,
                                         String projectSource) {
}
