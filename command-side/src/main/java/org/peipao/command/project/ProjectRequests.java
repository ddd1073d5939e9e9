package org.peipao.command.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.peipao.command.shared.Texts;
import jakarta.validation.constraints.Size;
import org.peipao.api.IndustryDomain;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.ValidId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies of the project writes, checked before any command is sent. */
final class ProjectRequests {

    /** Sources and districts are dashboard labels: no '|', and not '*' alone. */
    static final String LABEL = "^(?!\\s*\\*\\s*$)[^|]*$";
    static final String LABEL_MESSAGE = "may not contain '|' or be '*'";

    private ProjectRequests() {
    }

    record Register(@ValidId String id,
                    @NotBlank @Size(max = 300) String title,
                    @NotNull IndustryDomain domain,
                    @NotBlank @Size(max = 200) @Pattern(regexp = LABEL, message = LABEL_MESSAGE) String source,
                    @NotBlank @Size(max = 200) String origin,
                    @NotBlank @Size(max = 200) String teamLead,
                    @Size(max = 4000) String summary) {
    }

    record Assign(@NotNull @ValidId String companionId, @NotNull AssignmentRole role, LocalDate since) {
    }

    record LogMilestone(@ValidId String id,
                        @NotNull MilestoneType type,
                        @NotNull LocalDate occurredOn,
                        @NotBlank @Size(max = 2000) String summary,
                        @Size(max = 2000) @Pattern(regexp = Texts.EVIDENCE_URL, flags = Pattern.Flag.CASE_INSENSITIVE,
                                message = "must be an http or https URL") String evidenceUrl,
                        @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal amountCny,
                        @ValidId String challengeId,
                        ClinicalPhase phase,
                        @Min(1) Integer count) {
    }

    record Note(@Size(max = 2000) String note) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    record RecordLanding(@ValidId String id,
                         @NotBlank @Size(max = 200) @Pattern(regexp = LABEL, message = LABEL_MESSAGE) String district,
                         @Size(max = 200) String park,
                         @NotNull LandingForm form,
                         @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal signedAmountCny,
                         @NotNull LocalDate signedOn) {
    }
}
