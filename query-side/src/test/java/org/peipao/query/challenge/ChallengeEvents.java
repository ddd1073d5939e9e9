package org.peipao.query.challenge;

import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.ChallengeStatus;

import java.time.LocalDate;
import java.util.List;

/** Challenge events with the details a test does not care about filled in. */
final class ChallengeEvents {

    static final LocalDate JUNE_18 = LocalDate.of(2025, 6, 18);

    private ChallengeEvents() {
    }

    static ChallengePostedEvent posted(String id, String enterprise, IndustryDomain domain) {
        return new ChallengePostedEvent(id, enterprise, "code-" + id, domain, "Problem of " + enterprise,
                "details of " + id);
    }

    static ChallengeMatchedEvent matched(String id, String projectId, String companionId) {
        return new ChallengeMatchedEvent(id, projectId, companionId, "SAIC Motor", IndustryDomain.AI);
    }

    static ChallengeSolvedEvent solved(String id, String projectId, String milestoneId, LocalDate on) {
        return new ChallengeSolvedEvent(id, projectId, milestoneId, on, "SAIC Motor", "code-" + id, IndustryDomain.AI,
                List.of("c-1"), IndustryDomain.AI, "university");
    }

    static ChallengeClosedEvent closed(String id, ChallengeStatus previousStatus, String reason) {
        return new ChallengeClosedEvent(id, previousStatus, reason, IndustryDomain.AI);
    }
}
