package org.peipao.command.challenge;

import org.peipao.api.IndustryDomain;
import org.peipao.api.ValidId;

/**
 * The JSON bodies of the challenge writes. Their fields are checked where every sender's are, on the commands they
 * become; only the id a client may choose is checked here, where it is still called {@code id}.
 */
final class ChallengeRequests {

    private ChallengeRequests() {
    }

    record Post(@ValidId String id, String enterprise, String enterpriseCode, IndustryDomain domain, String title,
                String description) {
    }

    record Match(String projectId, String companionId) {
    }

    record Reason(String reason) {
    }
}
