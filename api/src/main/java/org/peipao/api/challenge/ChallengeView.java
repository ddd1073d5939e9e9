package org.peipao.api.challenge;

import org.peipao.api.IndustryDomain;

import java.time.LocalDate;

public record ChallengeView(String id,
                            String enterprise,
                            String enterpriseCode,
                            IndustryDomain domain,
                            String title,
                            String description,
                            ChallengeStatus status,
                            String projectId,
                            String companionId,
                            String solvedByMilestoneId,
                            LocalDate solvedOn,
                            String closureReason,
                            long version) {
}
