package org.peipao.api.challenge;

import java.util.List;

public record ChallengePage(List<ChallengeView> items, int page, int size, long total) {
}
