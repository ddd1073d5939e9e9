package org.peipao.command.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peipao.api.IndustryDomain;
import org.peipao.api.ValidId;

/** The JSON bodies of the challenge writes, checked before any command is sent. */
final class ChallengeRequests {

    private ChallengeRequests() {
    }

    record Post(@ValidId String id,
                @NotBlank @Size(max = 200) String enterprise,
                @Size(max = 64) String enterpriseCode,
                @NotNull IndustryDomain domain,
                @NotBlank @Size(max = 300) String title,
                @Size(max = 4000) String description) {
    }

    record Match(@NotNull @ValidId String projectId, @ValidId String companionId) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }
}
